// Margin notes, refined (document pages, wide screens with a pointer). CSS
// alone sets each paragraph's notes beside the paragraph; this sets each
// note level with its marker's line and, where notes crowd, moves a run of
// them up as well as down so that none strays far: a run sits where the
// median note of the run is level with its marker. Notes move by `translate`,
// which shifts nothing else on the page. It also lights a passage while its
// note is hovered or focused, and the note while its passage is, and ties
// each note to its passage so that, opened on a touch screen, it sits under it.
const wide = matchMedia('(min-width: 64rem) and (hover: hover)');
const gap = 8;

interface Item {
  note: HTMLElement;
  natural: number;
  want: number;
  height: number;
}
interface Run {
  items: Item[];
  top: number;
  height: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1]!;
};

function place(): void {
  const notes = [...document.querySelectorAll<HTMLElement>('.notes > .note')];
  for (const note of notes) note.style.translate = '';
  if (!wide.matches) return;
  const text = document.querySelector('[data-doc-text]')!.getBoundingClientRect().top;
  const items: Item[] = notes.map((note) => {
    const words = document.getElementById(note.dataset.for!)?.querySelector('.anno__text')?.getClientRects();
    const box = note.getBoundingClientRect();
    // The marker ends the passage: its line is the passage's last line.
    return { note, natural: box.top, want: words?.length ? words[words.length - 1]!.top : box.top, height: box.height };
  });
  const runs: Run[] = [];
  for (const item of items) {
    runs.push({ items: [item], top: item.want, height: item.height });
    // Merge with the run above while they overlap; the merged run is placed
    // where the sum of the notes' distances from their markers is least.
    while (runs.length > 1) {
      const below = runs.pop()!;
      const above = runs[runs.length - 1]!;
      if (above.top + above.height + gap <= below.top) {
        runs.push(below);
        break;
      }
      const merged = [...above.items, ...below.items];
      let offset = 0;
      const tops = merged.map((i) => {
        const top = i.want - offset;
        offset += i.height + gap;
        return top;
      });
      runs[runs.length - 1] = { items: merged, top: Math.max(text, median(tops)), height: offset - gap };
    }
  }
  for (const run of runs) {
    let top = run.top;
    for (const item of run.items) {
      item.note.style.translate = `0 ${Math.round(top - item.natural)}px`;
      top += item.height + gap;
    }
  }
}

function light(target: EventTarget | null, on: boolean): void {
  const el = target instanceof Element ? target : null;
  const note = el?.closest<HTMLElement>('.note');
  const anno = el?.closest<HTMLElement>('.anno');
  const pair = note ? [note, document.getElementById(note.dataset.for!)] : anno ? [anno, document.getElementById(`note-${anno.id}`)] : [];
  for (const x of pair) x?.classList.toggle('is-lit', on);
}

// Touch and narrow screens: an open note sits under its passage, or just
// above it when the screen has no room below. Each note is tied to its
// passage's words by an anchor name; without this script an open note is a
// sheet at the bottom of the screen, which reads as well.
document.querySelectorAll<HTMLElement>('.notes > .note').forEach((note, i) => {
  const words = document.getElementById(note.dataset.for!)?.querySelector<HTMLElement>('.anno__text');
  if (!words) return;
  words.style.setProperty('anchor-name', `--note-${i}`);
  note.style.setProperty('position-anchor', `--note-${i}`);
  note.classList.add('is-anchored');
});

place();
addEventListener('resize', place);
wide.addEventListener('change', place);
document.fonts?.ready.then(place);
for (const [type, on] of [
  ['mouseover', true],
  ['mouseout', false],
  ['focusin', true],
  ['focusout', false],
] as const) {
  document.addEventListener(type, (e) => light(e.target, on));
}
