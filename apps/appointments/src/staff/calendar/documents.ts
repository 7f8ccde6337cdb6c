import { graphql } from '../../gql';

export const MyCalendarQuery = graphql(`
  query CalendarMine($from: Date!, $to: Date!) {
    myCalendar(from: $from, to: $to) {
      entries {
        id
        startsAt
        endsAt
        type { code clientWork name { text language isFallback } }
        unit { id name { text language isFallback } }
        client { id firstName lastName }
        title
        reason
        bookable
        contactMode
        seriesId
        recurrence { frequency interval weekdays count until }
      }
      holidays { date name }
    }
  }
`);

export const CalendarSetupQuery = graphql(`
  query CalendarSetup {
    calendarEntryTypes { code clientWork name { text language isFallback } }
    staffMe { id units { id name { text language isFallback } } }
    calendarColleagues { id firstName lastName title { text language isFallback } }
  }
`);

export const ColleagueCalendarQuery = graphql(`
  query CalendarColleague($staffId: ID!, $from: Date!, $to: Date!) {
    staffCalendar(staffId: $staffId, from: $from, to: $to) {
      staff { id firstName lastName }
      entries { startsAt endsAt kind }
      holidays { date name }
    }
  }
`);

export const CreateEntryMutation = graphql(`
  mutation CalendarCreateEntry($input: CalendarEntryInput!) {
    createCalendarEntry(input: $input) { problem count overlaps skippedHolidays entry { id } }
  }
`);

export const UpdateEntryMutation = graphql(`
  mutation CalendarUpdateEntry($id: ID!, $input: CalendarEntryInput!, $scope: CalendarEditScope) {
    updateCalendarEntry(id: $id, input: $input, scope: $scope) { problem count overlaps skippedHolidays entry { id } }
  }
`);

export const DeleteEntryMutation = graphql(`
  mutation CalendarDeleteEntry($id: ID!, $scope: CalendarEditScope) {
    deleteCalendarEntry(id: $id, scope: $scope) { problem count }
  }
`);
