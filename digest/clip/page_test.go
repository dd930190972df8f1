package clip

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite newsdf.txt from the PolNeAR train split")

// newsDFFile renders document frequencies of the train texts at paths as
// newsdf.txt holds them.
func newsDFFile(t *testing.T, paths []string) string {
	t.Helper()
	df := map[string]int{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		contentWords(string(data), func(w string) {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		})
	}
	words := make([]string, 0, len(df))
	for w, n := range df {
		if n >= 5 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	fmt.Fprintf(&b, "# docs %d\n", len(paths))
	for _, w := range words {
		fmt.Fprintf(&b, "%s %d\n", w, df[w])
	}
	return b.String()
}

// TestNewsDF checks that newsdf.txt is what the PolNeAR train split gives;
// with -update it rewrites the file.
func TestNewsDF(t *testing.T) {
	got := newsDFFile(t, polnearTexts(t))
	if *update {
		if err := os.WriteFile("newsdf.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != newsDFText {
		t.Errorf("newsdf.txt is not what the train split gives: run go test ./digest/clip -run TestNewsDF -update")
	}
}

// paragraphs returns the paragraphs of the text at path with at least
// proseWords words.
func paragraphs(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range strings.Split(string(data), "\n") {
		if statsOf(p).words >= proseWords {
			out = append(out, p)
		}
	}
	return out
}

// TestTopicSplit measures the topic test that joins runs to the article on
// the PolNeAR train articles: against the vocabulary of an article's first
// half, a paragraph of its second half must pass far more often than a
// paragraph of another article. These are the figures minTopic was chosen
// by.
func TestTopicSplit(t *testing.T) {
	files := polnearTexts(t)
	docs := make([][]string, len(files))
	for i, f := range files {
		docs[i] = paragraphs(t, f)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	share := func(ps []string, vocab map[string]bool) float64 {
		units := make([]unit, len(ps))
		paras := make([]para, len(ps))
		for i, p := range ps {
			units[i], paras[i] = unit{s: p}, para{first: i, last: i, prose: true}
		}
		return topicShare(units, paras, run{first: 0, last: len(ps) - 1}, vocab)
	}
	var own, other, own3, other3, n, n3 int
	for i, d := range docs {
		if len(d) < 8 {
			continue
		}
		half := len(d) / 2
		vocab := map[string]bool{}
		for _, p := range d[:half] {
			contentWords(p, func(w string) { vocab[w] = true })
		}
		j := rng.IntN(len(docs))
		for j == i || len(docs[j]) < 3 {
			j = rng.IntN(len(docs))
		}
		for k, p := range d[half:] {
			n++
			if share([]string{p}, vocab) >= minTopic {
				own++
			}
			q := docs[j][k%len(docs[j])]
			if share([]string{q}, vocab) >= minTopic {
				other++
			}
		}
		n3++
		if share(d[half:half+3], vocab) >= minTopic {
			own3++
		}
		if share(docs[j][:3], vocab) >= minTopic {
			other3++
		}
	}
	ownF, otherF := float64(own)/float64(n), float64(other)/float64(n)
	own3F, other3F := float64(own3)/float64(n3), float64(other3)/float64(n3)
	t.Logf("one paragraph: own article %.3f, other article %.3f (%d); three paragraphs: own %.3f, other %.3f (%d)", ownF, otherF, n, own3F, other3F, n3)
	if ownF < 0.75 || otherF > 0.25 || own3F < 0.78 || other3F > 0.15 {
		t.Errorf("the topic test no longer tells an article's paragraphs from another's")
	}
}
