package extract

// dashText returns the punctuation t[s:e] as the rules read it: the
// horizontal bar "―" and the figure dash "‒", which some writers and
// typesetters put where a dash goes ("the plan ― a costly one ― was
// dead"), read as "—"; so does the minus sign "−" standing alone between
// spaces before a word ("the plan − a costly one − was dead"), never
// before a number ("−5 degrees", "− 5"). Anything else reads as written.
func dashText(t string, s, e int) string {
	switch w := t[s:e]; w {
	case "―", "‒":
		return "—"
	case "−":
		if s > 0 && t[s-1] == ' ' && e+1 < len(t) && t[e] == ' ' && !isDigit(t[e+1]) {
			return "—"
		}
		return w
	default:
		return w
	}
}
