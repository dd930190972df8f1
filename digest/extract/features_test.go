package extract

import "testing"

// mix is the feature hash of any number of parts, as the model was first
// trained with it: add0..add3 must give the same hash for their counts.
func mix(md, tmpl uint32, parts ...uint32) uint32 {
	h := mixStart(md, tmpl)
	for _, p := range parts {
		h = mixPart(h, p)
	}
	return mixEnd(h)
}

// TestAddIsMix checks that add0..add3 append mix's hash of their parts:
// the model's weights are stored under these hashes.
func TestAddIsMix(t *testing.T) {
	parts := []uint32{0, 1, hNone, 0xdeadbeef, wordHash("said")}
	var f featurer
	for _, md := range []uint32{mdEnd, mdStart, mdKeep} {
		for tmpl := uint32(0); tmpl < 30; tmpl++ {
			for _, p := range parts {
				for _, q := range parts {
					for _, r := range parts {
						f.fs = f.fs[:0]
						f.add0(md, tmpl)
						f.add1(md, tmpl, p)
						f.add2(md, tmpl, p, q)
						f.add3(mixStart(md, tmpl), p, q, r)
						want := []uint32{mix(md, tmpl), mix(md, tmpl, p), mix(md, tmpl, p, q), mix(md, tmpl, p, q, r)}
						for i, h := range f.fs {
							if h != want[i] {
								t.Fatalf("md %d tmpl %d parts %d %d %d: add%d gives %#x, mix %#x", md, tmpl, p, q, r, i, h, want[i])
							}
						}
					}
				}
			}
		}
	}
}
