package store

import (
	"encoding/binary"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// Near-duplicate detection: a MinHash signature over word shingles of the
// clipping's text, and locality-sensitive hashing in bands so that a new
// clipping is compared only with clippings that share a band. The
// signature is one-permutation MinHash: each shingle is hashed once, and
// the hash's top bits pick which of minhashSize bins it may lower, so a
// text costs one hash a shingle instead of minhashSize (it was 9% of
// ingest's CPU). Bins no shingle fell in borrow, mixed, from the next bin
// that has one ("densified by rotation", Shrivastava and Li, 2014), so
// short texts compare as well as MinHash allows.
const (
	shingleWords = 4   // words per shingle
	minhashSize  = 64  // bins in a signature
	binShift     = 58  // 64 - log2(minhashSize): a hash's top bits pick its bin
	bandRows     = 4   // signature rows per band: 16 bands
	nearDupSim   = 0.6 // estimated Jaccard similarity that makes a near-duplicate
	minShingles  = 12  // texts shorter than this are not compared
	fnvOffset    = 14695981039346656037
	fnvPrime     = 1099511628211
)

// mix64 is the SplitMix64 finaliser: a fast, well-spread 64-bit mix.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// signature returns the MinHash signature of text's shingles (32-bit
// values kept in uint64s), or nil when the text is too short to compare.
func signature(text string) []uint64 {
	return signatureOf(wordHashes(text))
}

// clippingSignature is signature(shingleText(c)) without building the
// text: the words of each block are hashed in place, a block's end ending
// a word as the newline shingleText puts there does. It runs for every
// clipping ingested, and the copy and the hashes' slice were a third of
// what Prepare allocated.
func clippingSignature(c *digest.Clipping) []uint64 {
	bp := wordBufs.Get().(*[]uint64)
	words := (*bp)[:0]
	if len(c.Blocks) == 0 {
		words = appendWordHashes(words, c.Text)
	}
	for _, bl := range c.Blocks {
		if bl.Span.Start() < 0 || bl.Span.End() > len(c.Text) || bl.Span.Empty() {
			continue
		}
		words = appendWordHashes(words, c.Text[bl.Span.Start():bl.Span.End()])
	}
	sig := signatureOf(words)
	*bp = words
	wordBufs.Put(bp)
	return sig
}

// wordBufs recycles the word hashes of clippingSignature between
// clippings.
var wordBufs = sync.Pool{New: func() any { return new([]uint64) }}

// signatureOf returns the MinHash signature of a text's word hashes.
func signatureOf(words []uint64) []uint64 {
	if len(words) < shingleWords+minShingles {
		return nil
	}
	var sig [minhashSize]uint64
	var filled [minhashSize]bool
	for i := 0; i+shingleWords <= len(words); i++ {
		h := uint64(fnvOffset)
		for _, w := range words[i : i+shingleWords] {
			h = (h ^ w) * fnvPrime
		}
		h = mix64(h)
		bin, v := h>>binShift, h&0xffffffff
		if !filled[bin] || v < sig[bin] {
			sig[bin], filled[bin] = v, true
		}
	}
	out := make([]uint64, minhashSize)
	for j := range out {
		// The next filled bin, circularly (there is one: every text here
		// has shingles), mixed with how far it is.
		k := 0
		for !filled[(j+k)%minhashSize] {
			k++
		}
		out[j] = sig[(j+k)%minhashSize]
		if k > 0 {
			out[j] = mix64(out[j]^uint64(k)<<40) & 0xffffffff
		}
	}
	return out
}

// wordHashes returns the FNV-1a hash of each word of text, lower-cased;
// punctuation and quote marks separate words and are otherwise ignored, so
// typographic differences between two copies do not matter.
func wordHashes(text string) []uint64 {
	return appendWordHashes(make([]uint64, 0, len(text)/6), text)
}

// appendWordHashes appends the hashes of wordHashes(text) to out.
func appendWordHashes(out []uint64, text string) []uint64 {
	h, in := uint64(fnvOffset), false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of any text: the same hash, byte by byte.
			i++
			if c = asciiWordByte[c]; c != 0 {
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

// encodeSig and decodeSig store a signature as a blob of 4-byte values. A
// blob of any other length (the 8-byte values of the MinHash before
// migration 0071, which recomputed them) decodes as no signature.
func encodeSig(sig []uint64) []byte {
	if sig == nil {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(v))
	}
	return b
}

func decodeSig(b []byte) []uint64 {
	if len(b) != 4*minhashSize {
		return nil
	}
	sig := make([]uint64, minhashSize)
	for i := range sig {
		sig[i] = uint64(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return sig
}
