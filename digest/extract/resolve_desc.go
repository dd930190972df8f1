package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// descLook bounds how far back, in bytes, a description looks for the body
// it stands for.
const descLook = 4000

// describedBody returns the body a definite description stands for, from
// the nearest place before it where the clipping wrote its head noun with a
// name: "the campaign" after "the Clinton campaign" is "Clinton campaign",
// "the poll" after "a CBS poll" is "CBS poll", "the group" after "the
// watchdog group OpenWatch" is "OpenWatch". "" when there is none.
func (x *extractor) describedBody(m mention) string {
	if m.span[1] <= m.span[0] || m.span[1] > len(x.t) {
		return ""
	}
	phrase := x.t[m.span[0]:m.span[1]]
	if len(phrase) < 5 || !strings.EqualFold(phrase[:4], "the ") {
		return ""
	}
	if strings.IndexFunc(phrase[4:], unicode.IsUpper) >= 0 {
		return "" // "the Obama administration" names its body itself
	}
	head := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	if len(head) < 3 || strings.IndexFunc(head, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 || isPlural(head) {
		return "" // "the experts" stay the vague group they are
	}
	before := x.t[max(0, m.span[0]-descLook):m.span[0]]
	for tries, end := 0, len(before); tries < 4; tries++ {
		i := strings.LastIndex(before[:end], head)
		if i < 0 {
			return ""
		}
		end = i
		j := i + len(head)
		if i > 0 && isLetterByte(before[i-1]) || j < len(before) && isLetterByte(before[j]) {
			continue // inside another word
		}
		if name := capsBefore(before[:i]); name != "" {
			return name + " " + head
		}
		if name := capsAfter(before[j:]); name != "" {
			return name
		}
	}
	return ""
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// capsBefore returns the run of capitalised words that ends right before
// the end of s (one space between), possessives dropped, a leading article
// or sentence opener left out: "the Clinton" -> "Clinton".
func capsBefore(s string) string {
	var words []string
	for {
		s = strings.TrimSuffix(s, " ")
		k := strings.LastIndexAny(s, " \n\t(“\"") + 1
		w := s[k:]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || strings.ContainsAny(w, ",.;:)”\"") && !strings.HasSuffix(w, ".") {
			break
		}
		var buf [64]byte
		if look(stripPossessive(w), &buf).f&(fDet|fStarter|fPrep|fWeekday|fMonth) != 0 {
			break // "The", "But", "In", "Wednesday"
		}
		words = append(words, stripPossessive(w))
		if k == 0 || s[k-1] != ' ' || len(words) == 6 {
			break
		}
		s = s[:k]
	}
	if len(words) == 0 {
		return ""
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}

// capsAfter returns the run of capitalised words right after a space at the
// start of s: " OpenWatch filed" -> "OpenWatch".
func capsAfter(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	var words []string
	var buf [64]byte
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(words) == 6 || look(strings.TrimRight(w, ",.;:"), &buf).f&(fDet|fStarter|fPrep|fWeekday|fMonth|fPronoun) != 0 {
			break
		}
		t := strings.TrimRight(w, ",.;:")
		words = append(words, t)
		if t != w {
			break
		}
	}
	return strings.Join(words, " ")
}
