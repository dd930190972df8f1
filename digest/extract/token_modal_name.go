// A capitalised modal right after a first name is a surname: "George
// Will", "Theresa May", "Ashley Can". Read as the auxiliary, it would cut
// the name and leave the first name alone as the speaker ("George" for
// "George Will urged readers ...").

package extract

import "unicode/utf8"

// modalSurname reports whether the capitalised word tk, a modal by its
// spelling, is a surname. After a first name the train articles know, it
// is, unless a capitalised word that no finite verb is follows: a
// title-cased subheading in the body ("What Bernie Will Do Next"), as
// headlines, which are left alone ("Why Hillary Will Win"). After another
// capitalised word with no lexicon entry, it is when what follows can
// follow no modal: a past form, a form in -s, an auxiliary or a comma
// ("Maria Might said", "Ana Can, the mayor, said"); not "May", a month.
func modalSurname(t string, prev *token, tk token, headline bool) bool {
	if headline || !tk.cap || tk.w.f&fAux == 0 || prev == nil || prev.k != kWord || !prev.cap || prev.e+1 != tk.s || t[prev.e] != ' ' {
		return false
	}
	switch w := t[tk.s:tk.e]; w {
	case "Will", "May", "Can", "Might":
	default:
		return false
	}
	next, comma := wordAfter(t, tk.e)
	lower := lowerASCII(next)
	finite := comma || pastForm(lower) || finiteAux(lower) && !startsUpper(next) || len(lower) > 3 && sForm(lower) // ("Will Do Next": a title's "Do")
	if knownFirstName(t[prev.s:prev.e]) {
		return finite || next == "" || !startsUpper(next)
	}
	// ("May" is a month too: "Maria May said" stays as it was)
	return prev.w.f == 0 && finite && (next == "" || !startsUpper(next)) && t[tk.s:tk.e] != "May"
}

// wordAfter returns the word of letters that follows t[e] after one
// space, and whether a comma stands right at e.
func wordAfter(t string, e int) (string, bool) {
	if e >= len(t) {
		return "", false
	}
	if t[e] == ',' {
		return "", true
	}
	if t[e] != ' ' {
		return "", false
	}
	a := e + 1
	b := a
	for b < len(t) {
		r, n := utf8.DecodeRuneInString(t[b:])
		if !isLetter(r) {
			break
		}
		b += n
	}
	return t[a:b], false
}
