package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// describedName drops the description a headline writes before a name
// ("Liberal Oscar-winner Sarandon" is Sarandon): the leading words up to
// the last compound descriptor ("Oscar-winner", "Emmy-winning": a hyphen
// and a lower-case word), when no first name comes before it. The rest is
// the name, so the person is the same entity as "Susan Sarandon" later.
func describedName(m mention) mention {
	if len(m.words) < 2 {
		return m
	}
	cut := -1
	for i, w := range m.words[:len(m.words)-1] {
		if knownFirstName(w) {
			break
		}
		if descriptor(w) {
			cut = i + 1
		}
	}
	if cut <= 0 {
		return m
	}
	m.words = m.words[cut:]
	m.name = strings.Join(m.words, " ")
	return m
}

// descriptor reports whether w is a compound description: a capitalised
// word, a hyphen and a lower-case word ("Oscar-winning", "Texas-based").
func descriptor(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// inOpeningClause reports whether pos lies in a clause that opens its
// sentence before the main clause: the sentence begins with a participle
// ("Asked about ...") or a subordinating word ("When", "If", "After"),
// and no comma has closed that clause before pos.
func (x *extractor) inOpeningClause(start, pos int) bool {
	if start < 0 || pos <= start || pos-start > 300 {
		return false
	}
	s := x.t[start:pos]
	sp := strings.IndexAny(s, " \n")
	if sp <= 0 {
		return false
	}
	first := strings.Trim(s[:sp], "\"“‘'")
	if len(first) > 16 {
		return false
	}
	var lb [32]byte
	var buf [64]byte
	// a subordinator ("As for Trump, he said" opens no clause), "whether",
	// "despite" or "asked"
	w := string(lowerInto(&lb, first))
	opener := subordinators[w] && w != "as" || w == "whether" || w == "despite" || w == "asked" || strings.HasSuffix(first, "ing") && len(first) > 5 && look(first, &buf).f&fCue == 0
	return opener && !strings.Contains(s, ",")
}
