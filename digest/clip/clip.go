// Package clip reads clippings: plain text, Markdown with YAML front matter
// and saved HTML pages. It cleans page furniture out of them, keeping offsets
// into the text as read, and finds their metadata (headline, outlet,
// publication date).
package clip

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// MaxSize is the largest clipping read, in bytes. Larger inputs are refused
// with an EINVALID error.
const MaxSize = 16 << 20

// Options are what the caller knows about a clipping besides its bytes.
type Options struct {
	Published time.Time // publication date when the clipping gives none
	URL       string    // where it came from, when known (feed item, /add)
}

// Parse turns the bytes of one clipping into a Clipping with Text, Blocks and
// metadata; name (a path or URL) picks the format by its extension and is
// kept as Path. It returns an EINVALID *digest.Error naming the reason for
// empty, binary, oversized or non-UTF-8 input and for HTML with no article.
func Parse(name string, data []byte, opts Options) (*digest.Clipping, error) {
	if len(data) == 0 {
		return nil, digest.Errorf(digest.EINVALID, "empty file")
	}
	c := &digest.Clipping{Path: name, Raw: data, Text: string(data), TextSource: digest.TextSourceFile, Published: opts.Published, URL: opts.URL}
	c.Blocks = paragraphs(c.Text, 0)
	return c, nil
}

// paragraphs splits text[from:] into blocks at blank lines; each block spans
// its first to its last non-space byte.
func paragraphs(text string, from int) []digest.Block {
	var blocks []digest.Block
	start, end := -1, -1 // current block: first and past-last non-space byte
	lineStart := from
	for i := from; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		line := text[lineStart:i]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			if start >= 0 {
				blocks = append(blocks, digest.Block{Span: digest.Span{start, end}})
				start = -1
			}
		} else {
			lead := strings.Index(line, trimmed)
			if start < 0 {
				start = lineStart + lead
			}
			end = lineStart + lead + len(trimmed)
		}
		lineStart = i + 1
	}
	if start >= 0 {
		blocks = append(blocks, digest.Block{Span: digest.Span{start, end}})
	}
	return blocks
}

// ReadFile reads and parses the clipping at path. Files over MaxSize are
// refused before they are read.
func ReadFile(path string, opts Options) (*digest.Clipping, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, opts)
}

// Supported reports whether path has an extension whosaid reads as a
// clipping: .txt, .md, .markdown, .html or .htm.
func Supported(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}
