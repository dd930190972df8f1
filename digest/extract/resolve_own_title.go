package extract

import "strings"

// "Acme Robotics today announced …" with "said Jane Doe, CEO of Acme
// Robotics" later: a body's name may share its first words with a
// title read, cut short, for one of its people ("CEO of Acme"). A body is
// never the officer of a shorter form of its own name, so such a title is
// not the body's.

// bodyTitle returns the title to give the speaker named name: "" when
// the title's last "of" or "at" names a proper beginning of name ("CEO of
// Acme" for Acme Robotics, which the name table may hold as a person's
// name), else title.
func bodyTitle(name, title string) string {
	if title == "" {
		return title
	}
	i := max(strings.LastIndex(title, " of "), strings.LastIndex(title, " at "))
	if i < 0 {
		return title
	}
	body := strings.TrimPrefix(title[i+4:], "the ")
	if body != "" && strings.HasPrefix(name, body+" ") {
		return ""
	}
	return title
}
