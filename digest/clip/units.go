package clip

import "strings"

// splitUnits cuts text[from:] into units. Each non-blank line is a unit,
// except in hard-wrapped text, where a run of non-blank lines is one.
func splitUnits(text string, from int) []unit {
	wrapped := hardWrapped(text, from)
	// at most a unit a line: one allocation, where growing from a few
	// copied the units over and over (a tenth of the bytes extraction
	// allocates a clipping)
	units := make([]unit, 0, strings.Count(text[from:], "\n")+1)
	blank := true  // the start of the body counts as a blank line
	short := false // the line before is short: it ended its paragraph
	for i := from; i < len(text); {
		end := lineEnd(text, i)
		s, e := trimSpan(text, i, end)
		if s == e {
			blank = true
		} else if wrapped && !blank && !short && len(units) > 0 {
			u := &units[len(units)-1]
			u.end, u.s = e, text[u.start:e]
			u.words = countWords(u.s, maxWords)
		} else {
			m := skipMarkers(text, s, e)
			units = append(units, unit{start: m, end: e, blankBefore: blank, s: text[m:e], words: countWords(text[m:e], maxWords), marker: m > s})
			blank = false
		}
		if s < e {
			// A wrapped line runs near the width; a short one ends its
			// paragraph: a headline, a byline or a date line above the body
			// is not joined to what follows it.
			short = e-s < wrapMin
		}
		i = end + 1
	}
	return units
}

// hardWrapped reports whether text[from:] looks wrapped at a fixed width: at
// least eight lines, almost none longer than 100 bytes, most of them 50 to
// 100 bytes long. Clippings copied from web pages have one line per
// paragraph instead.
func hardWrapped(text string, from int) bool {
	lines, mid, long := 0, 0, 0
	for i := from; i < len(text); {
		end := lineEnd(text, i)
		n := end - i
		switch {
		case n > 110:
			long++
			if long > 2 {
				return false
			}
		case n >= 50:
			mid++
		}
		if n > 0 {
			lines++
		}
		i = end + 1
	}
	return lines >= 8 && long*20 <= lines && mid*2 >= lines
}

// trimSpan returns [s, e) within text[start:end] with white space, no-break
// spaces, byte order marks and zero-width spaces trimmed from both ends.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		if n := spaceAt(text, start); n > 0 {
			start += n
			continue
		}
		break
	}
	for end > start {
		if n := spaceBefore(text, end); n > 0 {
			end -= n
			continue
		}
		break
	}
	return start, end
}

// spaceAt returns the length of the white space character at text[i], or 0.
func spaceAt(text string, i int) int {
	switch c := text[i]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n':
		return 1
	case c == 0xc2 && i+1 < len(text) && text[i+1] == 0xa0: // U+00A0
		return 2
	case c == 0xef && i+2 < len(text) && text[i+1] == 0xbb && text[i+2] == 0xbf: // U+FEFF
		return 3
	case c == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x8b || text[i+2] == 0xaf): // U+200B, U+202F
		return 3
	}
	return 0
}

// spaceBefore returns the length of the white space character ending just
// before text[i], or 0.
func spaceBefore(text string, i int) int {
	for n := 1; n <= 3 && n <= i; n++ {
		if spaceAt(text, i-n) == n {
			return n
		}
	}
	return 0
}

// lineEnd returns the offset of the line break ending the line that starts
// at i, or len(text).
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// skipMarkers returns where the text of the line text[s:e] starts after the
// marks of Markdown and plain-text lists that begin it: "# " headings,
// "> " quotes, "- ", "* ", "+ " and "• " bullets.
func skipMarkers(text string, s, e int) int {
	for s < e {
		i := s
		switch c := text[i]; {
		case c == '#':
			for i < e && text[i] == '#' {
				i++
			}
		case c == '>' || c == '-' || c == '*' || c == '+':
			i++
		case strings.HasPrefix(text[i:e], "•") || strings.HasPrefix(text[i:e], "▪") || strings.HasPrefix(text[i:e], "◦"):
			i += 3
		case strings.HasPrefix(text[i:e], "·"):
			i += 2
		default:
			return s
		}
		if i >= e || text[i] != ' ' && text[i] != '\t' {
			return s
		}
		for i < e && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		s = i
	}
	return s
}
