package clip

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// polnearTrain is the PolNeAR train split, shared outside the repository.
// CLIP_POLNEAR names another split (dev) for checking progress by hand.
var polnearTrain = func() string {
	if d := os.Getenv("CLIP_POLNEAR"); d != "" {
		return d
	}
	return "../../../shared/polnear/train"
}()

// polnearTexts returns the train texts' paths, skipping the test when the
// corpus is not there.
func polnearTexts(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(polnearTrain, "text", "*.txt"))
	if len(files) == 0 {
		tb.Skip("PolNeAR train split not found at " + polnearTrain)
	}
	sort.Strings(files)
	return files
}

// contentSpans returns the byte spans of the Content annotations of the text
// at textPath (brat standoff, character offsets), from the first annotation
// file by name.
func contentSpans(t *testing.T, textPath, text string) [][2]int {
	t.Helper()
	base := strings.TrimSuffix(filepath.Base(textPath), ".txt")
	anns, _ := filepath.Glob(filepath.Join(polnearTrain, "attributions", base+"_*.ann"))
	if len(anns) == 0 {
		return nil
	}
	sort.Strings(anns)
	f, err := os.Open(anns[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Character offset -> byte offset.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	var spans [][2]int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || !strings.HasPrefix(fields[1], "Content ") {
			continue
		}
		for _, frag := range strings.Split(strings.TrimPrefix(fields[1], "Content "), ";") {
			var a, b int
			ab := strings.Fields(frag)
			if len(ab) != 2 {
				t.Fatalf("%s: bad span %q", anns[0], frag)
			}
			a, _ = strconv.Atoi(ab[0])
			b, _ = strconv.Atoi(ab[1])
			if a < 0 || b > utf8.RuneCountInString(text) || a > b {
				t.Fatalf("%s: span %d-%d outside text", anns[0], a, b)
			}
			spans = append(spans, [2]int{byteAt[a], byteAt[b]})
		}
	}
	return spans
}

// TestPolNeARContentInBlocks checks that cleaning keeps ordinary news text:
// every annotated Content span of the PolNeAR train split lies inside the
// blocks (white space between blocks aside).
func TestPolNeARContentInBlocks(t *testing.T) {
	files := polnearTexts(t)
	total, kept := 0, 0
	for _, path := range files {
		c, err := ReadFile(path, Options{})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		inBlock := make([]bool, len(c.Text))
		for _, b := range c.Blocks {
			for i := b.Span[0]; i < b.Span[1]; i++ {
				inBlock[i] = true
			}
		}
		for _, sp := range contentSpans(t, path, c.Text) {
			total++
			ok := true
			sp[0], sp[1] = trimSpan(c.Text, sp[0], sp[1])
			for i := sp[0]; i < sp[1]; i++ {
				if !inBlock[i] && spaceAt(c.Text, i) == 0 {
					ok = false
					break
				}
			}
			if ok {
				kept++
			} else if testing.Verbose() {
				t.Logf("dropped %s [%d,%d): %q", filepath.Base(path), sp[0], sp[1], clipText(c.Text[sp[0]:sp[1]], 120))
			}
		}
	}
	frac := float64(kept) / float64(total)
	t.Logf("%d texts, %d/%d Content spans inside blocks (%.4f)", len(files), kept, total, frac)
	if frac < 0.995 {
		t.Errorf("only %.4f of Content spans inside blocks, want >= 0.995", frac)
	}
}

// clipText shortens s to n bytes for a log line.
func clipText(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// BenchmarkParse measures Parse over the PolNeAR train texts.
func BenchmarkParse(b *testing.B) {
	files := polnearTexts(b)
	data := make([][]byte, len(files))
	var size int64
	for i, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data[i] = d
		size += int64(len(d))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range data {
			if _, err := Parse(files[i], d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
