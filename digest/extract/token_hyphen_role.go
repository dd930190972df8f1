package extract

import "strings"

// hyphenRole returns the role a capitalised hyphenated title reads as
// when each of its parts is a role or a role's modifier: "Director-General",
// "Secretary-General", "Attorney-General" are titles as "Director General"
// is, so the name after them stands alone ("WHO Director-General Amir
// Tal": Amir Tal, with the title). The last part must be a role. ok is
// false for any other word ("Harley-Davidson", "Vice-President" is read
// as its parts read).
func hyphenRole(w string, buf *[64]byte) (word, bool) {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return word{}, false
	}
	var last word
	for rest := w; rest != ""; {
		part := rest
		if k := strings.IndexByte(rest, '-'); k >= 0 {
			part, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if part == "" || part[0] < 'A' || part[0] > 'Z' {
			return word{}, false
		}
		last = look(part, buf)
		if last.f&(fRole|fMod) == 0 {
			return word{}, false
		}
	}
	if last.f&fRole == 0 {
		return word{}, false
	}
	return last, true
}
