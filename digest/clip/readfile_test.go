package clip

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// ReadFile, which reads into a buffer sized by the file's Stat, gives
// what Parse gives for the file's bytes, at sizes around the buffer's
// edges; ReadStatFile refuses what the caller's Stat says is no regular
// file, as ReadFile does.
func TestReadFileAsParse(t *testing.T) {
	dir := t.TempDir()
	para := "\"The ferry will run on Sundays again,\" said Ilsa Dorn, the council's transport lead.\n\n"
	for _, size := range []int{0, 1, 511, 512, 513, 4095, 4096, 4097, 70_000} {
		text := strings.Repeat(para, size/len(para)+1)[:size]
		path := filepath.Join(dir, "a.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		want, werr := Parse(path, []byte(text), Options{})
		got, err := ReadFile(path, Options{})
		if (err != nil) != (werr != nil) || err != nil && err.Error() != werr.Error() || !reflect.DeepEqual(got, want) {
			t.Errorf("size %d: ReadFile = %v, %v; Parse = %v, %v", size, got, err, want, werr)
		}
	}
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadStatFile(dir, info, Options{})
	_, werr := ReadFile(dir, Options{})
	if err == nil || werr == nil || err.Error() != werr.Error() {
		t.Errorf("a folder: ReadStatFile %v, ReadFile %v; want the same refusal", err, werr)
	}
}
