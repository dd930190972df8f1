package store

import (
	"sort"

	"github.com/whosaid/whosaid/digest"
)

// maxContextScan bounds the bytes read on either side of a statement to
// build its context. Ordinary prose reaches maxContext/2 folded bytes long
// before it; only a text that is mostly whitespace gets a shorter context.
const maxContextScan = 64 << 10

// blockAt returns the block holding offset at. Blocks come in text order, so
// a binary search finds it; blocks out of order fall back to a scan.
func blockAt(blocks []digest.Block, at int) (digest.Block, bool) {
	i := sort.Search(len(blocks), func(i int) bool { return blocks[i].Span.Start() > at }) - 1
	if i >= 0 && blocks[i].Span.Start() <= at && at < blocks[i].Span.End() {
		return blocks[i], true
	}
	for _, b := range blocks {
		if b.Span.Start() <= at && at < b.Span.End() {
			return b, true
		}
	}
	return digest.Block{}, false
}

// foldTail returns a suffix of digest.FoldSpace(s) holding more than n bytes
// (or all of it), reading only as much of the end of s as that takes.
// Folding a suffix of s yields a suffix of folding s, so the last n bytes
// agree.
func foldTail(s string, n int) string {
	i, count, space := len(s), 0, false
	for i > 0 && count <= n+1 && len(s)-i < maxContextScan {
		count, space = foldCount(s[i-1], count, space)
		i--
	}
	return digest.FoldSpace(s[i:])
}

// foldHead returns a prefix of digest.FoldSpace(s) holding more than n bytes
// (or all of it), reading only as much of the start of s as that takes.
func foldHead(s string, n int) string {
	j, count, space := 0, 0, false
	for j < len(s) && count <= n+1 && j < maxContextScan {
		count, space = foldCount(s[j], count, space)
		j++
	}
	return digest.FoldSpace(s[:j])
}

// foldCount adds byte b to count, the bytes digest.FoldSpace makes of what
// was read so far (space: the last byte read was white space). A run of
// white space counts one byte once a word stands on its far side.
func foldCount(b byte, count int, space bool) (int, bool) {
	if isFoldSpace(b) {
		if !space && count > 0 {
			count++
		}
		return count, true
	}
	return count + 1, false
}

// isFoldSpace reports whether digest.FoldSpace folds byte b.
func isFoldSpace(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}
