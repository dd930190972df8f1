package extract

import "strings"

// A title written before a name may say the person holds the role no
// more, or soon will not: "former New York governor George Pataki",
// "ex-Senate leader Tom Daschle" (read as "leader" before),
// "outgoing Ohio Gov. Ann Miller", "retired Gen. John Allen". The word
// stays in the title, since a title read without it promotes the person
// ("New York governor" Pataki, out of office for a decade).

// pastTitleStart returns where the title of a run of capitals [a, b)
// starts: at a, or at the word before it when that word says the role
// is past or passing (formerWord, "outgoing", "retired") and a role
// word follows it inside the run.
func pastTitleStart(t string, toks []token, a, b int) int {
	if a == 0 || toks[a-1].k != kWord || toks[a-1].cap {
		return a
	}
	var lb [32]byte
	w := lowerInto(&lb, t[toks[a-1].s:toks[a-1].e])
	if !formerWord(w) && string(w) != "outgoing" && string(w) != "retired" && !pastPrefixed(t[toks[a-1].s:toks[a-1].e]) {
		return a
	}
	for k := a; k < b; k++ {
		if toks[k].w.f&fRole != 0 {
			return a - 1
		}
	}
	return a
}

// pastPrefixed reports whether w is "ex-" or "then-" joined to a
// capitalised word: "ex-Senate", "then-Arkansas".
func pastPrefixed(w string) bool {
	for _, p := range []string{"ex-", "then-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) && startsUpper(w[len(p):]) {
			return true
		}
	}
	return false
}
