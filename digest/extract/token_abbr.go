package extract

// hyphenAbbr returns the abbreviation flags of word t[i:j] (its final dot
// included) when it is a prefix, a hyphen and a capitalised abbreviation:
// "then-Sen.", "ex-Gov." read as "Sen." and "Gov." do, so that "then-Sen.
// Barack Obama" is no sentence's end (PolNeAR train writes "then-Sen." 7
// times, each before a name); 0 otherwise.
func hyphenAbbr(t string, i, j int, buf *[64]byte) flag {
	if j-i < 4 || t[j-1] != '.' {
		return 0
	}
	h := -1
	for k := j - 2; k > i; k-- {
		if t[k] == '-' {
			h = k
			break
		}
	}
	if h < 0 || h+1 >= j-1 || t[h+1] < 'A' || t[h+1] > 'Z' {
		return 0
	}
	f := look(t[h+1:j-1], buf).f
	if f&fAbbr == 0 {
		return 0
	}
	return f & (fAbbr | fRole) // "then-Sen." is a title as "Sen." is (entity_past_title.go reads the prefix)
}
