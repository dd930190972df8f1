package extract

import "github.com/whosaid/whosaid/digest"

// StatementsRules is Statements with the rules alone (no statement or
// boundary model), for tests of a reading the model might otherwise
// cover for.
func StatementsRules(c *digest.Clipping) []digest.Statement {
	return statementsWith(c, nil, nil, nil)
}
