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
//
// TODO(issue 2): the real reader and cleaner.
func Parse(name string, data []byte, opts Options) (*digest.Clipping, error) {
	if len(data) == 0 {
		return nil, digest.Errorf(digest.EINVALID, "empty file")
	}
	c := &digest.Clipping{Path: name, Raw: data, Text: string(data), TextSource: digest.TextSourceFile, Published: opts.Published, URL: opts.URL}
	c.Blocks = []digest.Block{{Span: digest.Span{0, len(data)}}}
	return c, nil
}

// ReadFile reads and parses the clipping at path. Files over MaxSize are
// refused before they are read.
//
// TODO(issue 2): refuse oversized files before reading.
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
