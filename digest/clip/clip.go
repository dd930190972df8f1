// Package clip reads clippings: plain text, Markdown with YAML front matter
// and saved HTML pages. It cleans page furniture out of them, keeping offsets
// into the text as read, and finds their metadata (headline, outlet,
// publication date).
package clip

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// MaxSize is the largest clipping read, in bytes. Larger inputs are refused
// with an EINVALID error.
const MaxSize = 16 << 20

// Options are what the caller knows about a clipping besides its bytes.
type Options struct {
	Published time.Time // publication date when the clipping gives none
	URL       string    // where it came from, when known (feed item, /add)
	Outlet    string    // the outlet when the clipping names none (a forward's origin chat)
}

// Parse turns the bytes of one clipping into a Clipping with Text, Blocks and
// metadata; name (a path or URL) picks the format by its extension and is
// kept as Path. It returns an EINVALID *digest.Error naming the reason for
// empty, binary, oversized or non-UTF-8 input and for HTML with no article.
//
// Text is the input as read for .txt and .md, and the article text for HTML
// (TextSource says which); every Block is a span of Text.
func Parse(name string, data []byte, opts Options) (*digest.Clipping, error) {
	text := string(data)
	if err := check(text); err != nil {
		return nil, err
	}
	if opts.URL == "" && (hasPrefixFold(name, "https://") || hasPrefixFold(name, "http://")) {
		opts.URL = name // a feed item or a page sent to the bot
	}
	c := &digest.Clipping{Path: name, Raw: data, TextSource: digest.TextSourceFile, URL: opts.URL}
	var m meta
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case ext == ".html" || ext == ".htm" || looksHTML(data):
		text, hm, err := fromHTML(data, opts.URL)
		if err != nil {
			return nil, err
		}
		c.Text, c.TextSource, m = text, digest.TextSourceHTML, hm
		m.merge(clean(c.Text, 0))
	case ext == ".md" || ext == ".markdown":
		fm, body := frontMatter(text)
		c.Text = blankEmphasis(text, body) // markdown.go: "**Ortiz:**" is the label "Ortiz:"
		m = fm
		m.merge(clean(c.Text, body))
		m.bodyLede(c.Text)
	default:
		c.Text = text
		m.merge(clean(c.Text, 0))
	}
	m.apply(c, opts)
	return c, nil
}

// check refuses input that is not a text clipping.
func check(data string) error {
	switch {
	case len(data) == 0:
		return digest.Errorf(digest.EINVALID, "empty file")
	case len(data) > MaxSize:
		return tooBig(int64(len(data)))
	case strings.HasPrefix(data, "\xff\xfe") || strings.HasPrefix(data, "\xfe\xff"):
		return digest.Errorf(digest.EINVALID, "UTF-16 text: save it as UTF-8")
	}
	if i := strings.IndexByte(data, 0); i >= 0 {
		return digest.Errorf(digest.EINVALID, "binary file (NUL byte at byte %d)", i)
	}
	if !utf8.ValidString(data) {
		return digest.Errorf(digest.EINVALID, "invalid UTF-8 at byte %d", invalidAt(data))
	}
	// Binary data shows in its first bytes; a look at them is enough.
	head := data[:min(len(data), binarySniff)]
	controls := controlCount(head)
	if controls*10 > len(head) {
		return digest.Errorf(digest.EINVALID, "binary file (%d control characters in its first %d bytes)", controls, len(head))
	}
	if s, e := trimSpan(data, 0, len(data)); s == e {
		return digest.Errorf(digest.EINVALID, "empty file (only white space)")
	}
	return nil
}

// controlCount returns how many bytes of head controlByte marks.
func controlCount(head string) int {
	controls := 0
	i := 0
	for ; i+16 <= len(head); i += 16 {
		// Sixteen bytes at a time: skip those with no byte below 0x20
		// and no DEL, else count them one by one.
		b := head[i : i+16] // sixteen bytes of known length: no bounds check between them, and two loads of eight
		lo := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		hi := uint64(b[8]) | uint64(b[9])<<8 | uint64(b[10])<<16 | uint64(b[11])<<24 |
			uint64(b[12])<<32 | uint64(b[13])<<40 | uint64(b[14])<<48 | uint64(b[15])<<56
		if (controlBits(lo)|controlBits(hi))&0x8080808080808080 == 0 {
			continue
		}
		for k := i; k < i+16; k++ {
			if controlByte[head[k]] {
				controls++
			}
		}
	}
	for ; i < len(head); i++ {
		if controlByte[head[i]] {
			controls++
		}
	}
	return controls
}

// controlBits tests the eight bytes of w for one below 0x20 or DEL at
// once: with none, no bit of 0x8080808080808080 is set in the result (a
// borrow across bytes may set one only when a byte has one).
func controlBits(w uint64) uint64 {
	del := w ^ 0x7f7f7f7f7f7f7f7f
	return (w-0x2020202020202020)&^w | (del-0x0101010101010101)&^del
}

// binarySniff is how many bytes check looks at for control characters.
const binarySniff = 64 << 10

// controlByte marks the control characters that do not occur in text.
var controlByte = func() (t [256]bool) {
	for b := 0; b < 0x20; b++ {
		t[b] = true
	}
	for _, b := range []byte("\n\r\t\f\v") {
		t[b] = false
	}
	t[0x7f] = true
	return t
}()

// invalidAt returns the offset of the first byte of data that is not valid
// UTF-8.
func invalidAt(data string) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRuneInString(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// tooBig is the error for a clipping of size bytes over MaxSize.
func tooBig(size int64) error {
	return digest.Errorf(digest.EINVALID, "file is %s, over the %s limit", sizeText(size), sizeText(MaxSize))
}

// sizeText renders a byte count for people: "50.0 MB", "16 MB", "812 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// looksHTML reports whether data starts like an HTML document, whatever its
// file name says.
func looksHTML(data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(data) > 32 {
		data = data[:32] // past both prefixes; a string of 32 bytes or fewer is built on the stack
	}
	s := string(data)
	return hasPrefixFold(s, "<!doctype html") || hasPrefixFold(s, "<html")
}

// ReadFile reads and parses the clipping at path. Files over MaxSize are
// refused before they are read; a path that cannot be read gives an
// EINVALID error with a short reason.
func ReadFile(path string, opts Options) (*digest.Clipping, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fileError(err)
	}
	return ReadStatFile(path, info, opts)
}

// ReadStatFile is ReadFile for a caller that has just had info from
// os.Stat(path) (whosaid ingest, which sizes its read-ahead by it): the
// same checks and result without asking for it again.
func ReadStatFile(path string, info fs.FileInfo, opts Options) (*digest.Clipping, error) {
	if err := regular(info); err != nil {
		return nil, err
	}
	// Non-blocking, so that a pipe put in the path's place since the Stat
	// does not block the open; the second check refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fileError(err)
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, fileError(err)
	}
	if err := regular(info); err != nil {
		return nil, err
	}
	if info.Size() > MaxSize {
		return nil, tooBig(info.Size())
	}
	// Read through a limit: the file may have grown since Stat. The
	// buffer holds the size Stat gave and the end's empty read, so a
	// file is read in two calls (io.ReadAll's from 512 bytes up took
	// nine for 9 KB).
	var buf bytes.Buffer
	buf.Grow(int(info.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxSize+1)); err != nil {
		return nil, fileError(err)
	}
	data := buf.Bytes()
	if len(data) > MaxSize {
		return nil, digest.Errorf(digest.EINVALID, "file is over the %s limit", sizeText(MaxSize))
	}
	return Parse(path, data, opts)
}

// regular refuses, with an EINVALID error naming what it is, anything but a
// regular file: reading a named pipe blocks until a writer comes, a device
// may never end.
func regular(info fs.FileInfo) error {
	m := info.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return digest.Errorf(digest.EINVALID, "is a directory")
	case m&fs.ModeNamedPipe != 0:
		return digest.Errorf(digest.EINVALID, "skipped: a named pipe (FIFO), not a regular file")
	case m&fs.ModeSocket != 0:
		return digest.Errorf(digest.EINVALID, "skipped: a socket, not a regular file")
	case m&fs.ModeDevice != 0:
		return digest.Errorf(digest.EINVALID, "skipped: a device, not a regular file")
	}
	return digest.Errorf(digest.EINVALID, "skipped: not a regular file")
}

// fileError turns a file system error into an EINVALID error with a short
// reason.
func fileError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return digest.Errorf(digest.EINVALID, "no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return digest.Errorf(digest.EINVALID, "permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return digest.Errorf(digest.EINVALID, "cannot read: %v", err)
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

// Files returns the clipping files named by paths: files as given, folders
// walked recursively for supported files (Supported) in name order, hidden
// files and folders left out. Paths
// that cannot be read are reported through fail, with an EINVALID error, and
// left out.
func Files(paths []string, fail func(path string, err error)) []string {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			fail(p, fileError(err))
			continue
		}
		if !info.IsDir() {
			files = append(files, p) // ReadFile refuses a pipe or device
			continue
		}
		// WalkDir visits entries in lexical order.
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(path, fileError(err))
				return nil
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir // .git, .obsidian, .trash
			}
			if !d.IsDir() && Supported(path) && !strings.HasPrefix(d.Name(), ".") {
				if d.Type().IsRegular() {
					files = append(files, path)
				} else if info, err := os.Stat(path); err != nil {
					fail(path, fileError(err))
				} else if err := regular(info); err != nil {
					fail(path, err) // a pipe, socket or device: one line, not a hang
				} else {
					files = append(files, path) // a link to a file
				}
			}
			return nil
		})
	}
	return files
}
