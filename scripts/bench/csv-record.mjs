// Just enough CSV for the bench's own streaming passes: split a record into fields and write it back.
export function splitRecord(line) {
  const out = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const j = line.indexOf('"', i);
        if (j < 0) return [...out, v + line.slice(i)];
        v += line.slice(i, j);
        if (line[j + 1] === '"') {
          v += '"';
          i = j + 2;
        } else {
          i = j + 1;
          break;
        }
      }
      out.push(v);
      if (line[i] !== ',') return out;
      i++;
    } else {
      const j = line.indexOf(',', i);
      if (j < 0) return [...out, line.slice(i)];
      out.push(line.slice(i, j));
      i = j + 1;
    }
  }
}

export function joinRecord(fields) {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
}

/** Whether a physical line leaves a quoted field open (an odd number of quotes). */
export function opensQuote(line, open) {
  let n = open ? 1 : 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}
