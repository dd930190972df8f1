package extract

import (
	"slices"
	"testing"
)

// TestCommonFeatures checks that the statement model's training instances
// keep only the features that enough of them hold: a speaker's name seen
// once is not learned, a feature repeated within one instance counts once,
// and features hashed to the same bucket count together.
func TestCommonFeatures(t *testing.T) {
	const (
		common = 7
		rare   = 9
		twice  = 11
		alias  = 5 + 1<<modelBits // the bucket of 5, through another hash
	)
	insts := []binInst{
		{fs: []uint32{common, rare, twice, twice}, y: true},
		{fs: []uint32{common, 5}, y: false},
		{fs: []uint32{common, alias}, y: true},
	}
	for _, c := range []struct {
		name string
		k    int
		want [][]uint32
	}{
		{"every feature", 1, [][]uint32{{common, rare, twice, twice}, {common, 5}, {common, alias}}},
		{"held by two", 2, [][]uint32{{common}, {common, 5}, {common, alias}}},
		{"held by three", 3, [][]uint32{{common}, {common}, {common}}},
		{"held by four", 4, [][]uint32{{}, {}, {}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := commonFeatures(insts, c.k)
			for i, in := range got {
				if !slices.Equal(in.fs, c.want[i]) || in.y != insts[i].y {
					t.Errorf("instance %d: %v %v, want %v %v", i, in.fs, in.y, c.want[i], insts[i].y)
				}
			}
		})
	}
	if !slices.Equal(insts[0].fs, []uint32{common, rare, twice, twice}) {
		t.Error("commonFeatures changed its input")
	}
}
