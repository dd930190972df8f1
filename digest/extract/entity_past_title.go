package extract

import "strings"

// A title written before a name may say the person holds the role no
// more, or soon will not: "former New York governor George Pataki",
// "ex-Senate leader Tom Daschle" (read as "leader" before),
// "outgoing Ohio Gov. Ann Miller", "retired Gen. John Allen". The word
// stays in the title, since a title read without it promotes the person
// ("New York governor" Pataki, out of office for a decade).

// pastTitleStart returns where the title of a run of capitals [a, b)
// starts: at a, or at a word before it that says the role is past or
// passing (formerWord, "outgoing", "retired") when a role word follows
// it inside the run. Up to maxPastGap plain words may come between,
// which the run leaves out: "former tech executive Carly Fiorina",
// "former State policy planning director". "ex-Senate" and
// "then-Arkansas" ("then-Arkansas Gov. Bill Clinton") open the title the
// same way.
func pastTitleStart(t string, toks []token, a, b int) int {
	role := false
	for k := a; k < b && !role; k++ {
		role = toks[k].w.f&fRole != 0
	}
	if !role {
		return a
	}
	for k := a - 1; k >= 0 && a-1-k <= maxPastGap && toks[k].k == kWord; k-- {
		if pastWord(t, toks[k]) {
			return k
		}
		if toks[k].w.f&^fMod != 0 || possessive(t[toks[k].s:toks[k].e]) {
			return a // not a plain word: "said", "the", "of", a role, "Obama's"
		}
	}
	return a
}

// maxPastGap bounds the plain words between a past word and the run of
// capitals its title goes on in.
const maxPastGap = 2

// pastWord reports whether tk, in lower case, says a role after it is
// past or passing.
func pastWord(t string, tk token) bool {
	if tk.cap {
		return false // "Former" opens the run itself
	}
	var lb [32]byte
	w := lowerInto(&lb, t[tk.s:tk.e])
	return formerWord(w) || string(w) == "outgoing" || string(w) == "retired" || pastPrefixed(t[tk.s:tk.e])
}

// pastPrefixed reports whether w is "ex-" or "then-" joined to a
// capitalised word: "ex-Senate", "then-Arkansas".
func pastPrefixed(w string) bool {
	n := pastPrefix(w)
	return n > 0 && startsUpper(w[n:])
}

// pastUnprefixed returns lower-case w without the "ex-" or "then-" that
// joins it to a past role ("then-sen" gives "sen"), else w.
func pastUnprefixed(w string) string {
	return w[pastPrefix(w):]
}

// pastPrefix returns the length of the "ex-" or "then-" that opens w
// with more after it ("ex-senator", "then-Sen."), or 0.
func pastPrefix(w string) int {
	for _, p := range [...]string{"ex-", "then-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			return len(p)
		}
	}
	return 0
}
