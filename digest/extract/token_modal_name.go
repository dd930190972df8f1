// A capitalised modal right after a first name is a surname: "George
// Will", "Theresa May", "Ashley Can". Read as the auxiliary, it would cut
// the name and leave the first name alone as the speaker ("George" for
// "George Will urged readers ...").

package extract

// modalSurname reports whether the capitalised word tk, a modal by its
// spelling, is a surname: it follows, one space after, a first name the
// train articles know. Headlines capitalise every word and are left alone
// ("Why Hillary Will Win").
func modalSurname(t string, prev *token, tk token, headline bool) bool {
	if headline || !tk.cap || tk.w.f&fAux == 0 || prev == nil || prev.k != kWord || !prev.cap || prev.e+1 != tk.s || t[prev.e] != ' ' {
		return false
	}
	switch w := t[tk.s:tk.e]; w {
	case "Will", "May", "Can", "Might":
		return knownFirstName(t[prev.s:prev.e])
	}
	return false
}
