import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (retry: () => void, error: Error) => ReactNode;
  onError?: (error: Error) => void;
  /** Changing the key (e.g. the location) clears a caught error. */
  resetKey?: string;
  children: ReactNode;
}

/** Keeps a failing module (a remote that fails to load or throws) from taking down the portal. */
export class ErrorBoundary extends Component<Props, { error: Error | null; resetKey: string | undefined }> {
  override state = { error: null as Error | null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; resetKey: string | undefined }) {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error) {
    this.props.onError?.(error);
  }

  override render() {
    if (this.state.error) return this.props.fallback(() => this.setState({ error: null }), this.state.error);
    return this.props.children;
  }
}
