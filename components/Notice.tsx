export interface NoticeProps {
  message?: { kind: 'status' | 'error'; text: string };
}

/** One line saying what just happened: a status, or an error announced at once. */
export function Notice({ message }: NoticeProps) {
  return (
    <p
      class={message?.kind === 'error' ? 'message error' : 'message'}
      role={message?.kind === 'error' ? 'alert' : 'status'}
    >
      {message?.text ?? ''}
    </p>
  );
}
