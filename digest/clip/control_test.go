package clip

import "testing"

// TestControlCount: controlCount, which tests sixteen bytes at a time,
// counts what a byte-by-byte count does, for every byte at every place
// of texts of every length up to three blocks, beside neighbours that a
// borrow across bytes could confuse (space, DEL's neighbours, bytes past
// ASCII).
func TestControlCount(t *testing.T) {
	naive := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if controlByte[s[i]] {
				n++
			}
		}
		return n
	}
	fills := []byte{'a', ' ', 0x20, 0x21, 0x7e, 0x80, 0xff, 0x7f, 0x1f, '\n'}
	for n := 0; n <= 48; n++ {
		for _, f := range fills {
			buf := make([]byte, n)
			for i := range buf {
				buf[i] = f
			}
			if got, want := controlCount(string(buf)), naive(string(buf)); got != want {
				t.Fatalf("controlCount(%q) = %d, want %d", buf, got, want)
			}
			for p := 0; p < n; p++ {
				for c := 0; c < 256; c++ {
					old := buf[p]
					buf[p] = byte(c)
					if got, want := controlCount(string(buf)), naive(string(buf)); got != want {
						t.Fatalf("controlCount(%q) = %d, want %d", buf, got, want)
					}
					buf[p] = old
				}
			}
		}
	}
}
