// Package extract finds attributed statements in a cleaned clipping: who
// said what, when, through which outlet and to whom.
package extract

import "github.com/whosaid/whosaid/digest"

// Statements returns the statements found in c's blocks, in text order, with
// speakers resolved to their fullest name in the clipping and dates resolved
// against c.Published. It never fails: text with no attribution yields none.
//
// TODO(issue 2): the real extractor.
func Statements(c *digest.Clipping) []digest.Statement {
	return nil
}
