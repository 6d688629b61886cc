// Shared by the server's pages and the browser's countdown, so both say the same words.

/** Whole minutes as `2 d 3 h`, `4 h 5 min` or `7 min`. */
const spell = (minutes: number): string => {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${rest} min`;
  return `${rest} min`;
};

const remainingText = (deadline: Date, now: Date): string => {
  const minutes = Math.round((deadline.getTime() - now.getTime()) / 60_000);
  return minutes >= 0 ? `due in ${spell(minutes)}` : `overdue by ${spell(-minutes)}`;
};

export { remainingText };
