import { type HTMLAttributes } from 'react';
import { cx } from '../internal/cx';

/** Steps of the spacing scale in tokens.css. */
export type Space = 'none' | '2xs' | 'xs' | 's' | 'm' | 'l' | 'xl' | '2xl';

type LayoutElement = 'div' | 'section' | 'article' | 'aside' | 'header' | 'footer' | 'nav' | 'main' | 'form' | 'ul' | 'ol' | 'li';

export interface StackProps extends HTMLAttributes<HTMLElement> {
  gap?: Space;
  as?: LayoutElement;
}

/** Children one below the other with even space between (and none around). */
export function Stack({ gap = 'm', as: Tag = 'div', className, ...rest }: StackProps) {
  return <Tag className={cx('lx-stack', `lx-gap-${gap}`, className)} {...rest} />;
}

export interface ClusterProps extends HTMLAttributes<HTMLElement> {
  gap?: Space;
  as?: LayoutElement;
  justify?: 'start' | 'center' | 'end' | 'between';
  align?: 'start' | 'center' | 'end' | 'baseline';
}

/** Children side by side, wrapping onto the next line when the screen is narrow (e.g. buttons). */
export function Cluster({ gap = 's', as: Tag = 'div', justify = 'start', align = 'center', className, ...rest }: ClusterProps) {
  return (
    <Tag
      className={cx('lx-cluster', `lx-gap-${gap}`, `lx-justify-${justify}`, `lx-align-${align}`, className)}
      {...rest}
    />
  );
}
