package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestIsLowerCase checks that every word the package's code gives
// sentence.is as a literal is in lower case: is folds only the token's
// bytes, so "I" or "Mr" would never match.
func TestIsLowerCase(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "is" {
				return true
			}
			lit, ok := call.Args[1].(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return true
			}
			if w, _ := strconv.Unquote(lit.Value); w != strings.ToLower(w) {
				t.Errorf("%s: is(..., %s): write the word in lower case", fset.Position(lit.Pos()), lit.Value)
			}
			return true
		})
	}
}
