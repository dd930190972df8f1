package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestParticipleClauseSubjectNot checks that "and" between two noun
// phrases opens no clause for a participle after it: the sentence's
// subject goes on (the clauses that do open one are in coord_test.go).
func TestParticipleClauseSubjectNot(t *testing.T) {
	noStatement(t, []string{
		"The race is close.\n\nAnn Lee met Tom Hale and Joe Gray on Friday, saying the three of them agreed on the budget.",
	}, func(c *digest.Clipping, s digest.Statement) bool {
		m := mentionOf(c, s)
		return strings.Contains(m, "Gray") || strings.Contains(m, "Hale")
	})
}
