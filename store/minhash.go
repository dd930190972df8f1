package store

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection: a MinHash signature over word shingles of the
// clipping's text, and locality-sensitive hashing in bands so that a new
// clipping is compared only with clippings that share a band.
const (
	shingleWords = 4   // words per shingle
	minhashSize  = 64  // hash functions in a signature
	bandRows     = 4   // signature rows per band: 16 bands
	nearDupSim   = 0.6 // estimated Jaccard similarity that makes a near-duplicate
	minShingles  = 12  // texts shorter than this are not compared
	fnvOffset    = 14695981039346656037
	fnvPrime     = 1099511628211
)

// minhashSeeds are the per-function seeds, fixed so signatures stored by one
// run compare with those of the next.
var minhashSeeds = func() [minhashSize]uint64 {
	var seeds [minhashSize]uint64
	x := uint64(0x5eed5eed5eed5eed)
	for i := range seeds {
		x += 0x9e3779b97f4a7c15
		seeds[i] = mix64(x)
	}
	return seeds
}()

// mix64 is the SplitMix64 finaliser: a fast, well-spread 64-bit mix.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// signature returns the MinHash signature of text's shingles, or nil when
// the text is too short to compare.
func signature(text string) []uint64 {
	words := wordHashes(text)
	if len(words) < shingleWords+minShingles {
		return nil
	}
	sig := make([]uint64, minhashSize)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := uint64(fnvOffset)
		for _, w := range words[i : i+shingleWords] {
			h = (h ^ w) * fnvPrime
		}
		for j, seed := range minhashSeeds {
			if v := mix64(h ^ seed); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// wordHashes returns the FNV-1a hash of each word of text, lower-cased;
// punctuation and quote marks separate words and are otherwise ignored, so
// typographic differences between two copies do not matter.
func wordHashes(text string) []uint64 {
	out := make([]uint64, 0, len(text)/6)
	h, in := uint64(fnvOffset), false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of any text: the same hash, byte by byte.
			i++
			if asciiAlnum(c) {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				h = (h ^ uint64(c)) * fnvPrime
				in = true
			} else if in {
				out = append(out, h)
				h, in = fnvOffset, false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			var buf [4]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = fnvOffset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

// bands returns the LSH band keys of a signature, band index folded in.
func bands(sig []uint64) []int64 {
	out := make([]int64, 0, len(sig)/bandRows)
	for b := 0; b+bandRows <= len(sig); b += bandRows {
		h := uint64(fnvOffset) ^ uint64(b)
		for _, v := range sig[b : b+bandRows] {
			h = mix64(h ^ v)
		}
		out = append(out, int64(h>>1)) // non-negative, for readability in SQL
	}
	return out
}

// similarity estimates the Jaccard similarity of two signatures.
func similarity(a, b []uint64) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// encodeSig and decodeSig store a signature as a blob.
func encodeSig(sig []uint64) []byte {
	if sig == nil {
		return nil
	}
	b := make([]byte, 8*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

func decodeSig(b []byte) []uint64 {
	sig := make([]uint64, len(b)/8)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return sig
}
