package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestIndexAll: the last place indexAll lists that ends by end is where
// strings.LastIndex(s[:end], sub) finds sub, for every end, overlapping
// words ("aa" in "aaaa") included: describedBody walks back its list as it
// searched back with LastIndex.
func TestIndexAll(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		b := make([]byte, r.Intn(60))
		for i := range b {
			b[i] = "ab c"[r.Intn(4)]
		}
		s := string(b)
		sub := []string{"a", "aa", "aba", "ab a", "b", "c c"}[r.Intn(6)]
		at := indexAll(nil, s, sub)
		for end := 0; end <= len(s); end++ {
			want := strings.LastIndex(s[:end], sub)
			got := -1
			for _, p := range at {
				if p+len(sub) <= end {
					got = p
				}
			}
			if got != want {
				t.Fatalf("%q in %q[:%d]: %d, want %d", sub, s, end, got, want)
			}
		}
	}
}
