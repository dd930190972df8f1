// The learned part of the extractor: three linear models over hashed
// features, trained on PolNeAR train by `go run ./digest/extract/train`
// (train.go) and embedded as model.bin.
//
//   - end and start rank the places where a statement's content may end and
//     start, around the boundaries the rules chose (the rules' choice is a
//     feature): PolNeAR's annotators end a reported clause before ", echoing
//     ...", start "accused X of ..." after "of", keep "for women" after a
//     quoted phrase, and so on, more consistently than rules can say.
//   - keep scores each statement the rules found, after its boundaries are
//     set: statements it scores below zero are dropped ("fees that added
//     millions", "wrote the memo").
//
// The rules still find the candidates, their speakers and dates: a model
// that proposed statements of its own scored lower on train folds than the
// rules (figures in docs/extractor/model.md).

package extract

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"sync"
)

// modelBits is the size of each model's weight table: 2^modelBits buckets
// that hashed features fall into.
const modelBits = 16

// model kinds, the first byte of every feature hash.
const (
	mdEnd   = 0
	mdStart = 1
	mdKeep  = 2
	nModels = 3
)

// model holds the weights of the three linear models.
type model struct {
	w       [nModels][]float32
	keepMin float32 // statements scoring below keepMin are dropped
}

//go:embed model.bin
var modelBin []byte

// embeddedModel returns the model embedded as model.bin, decoded once; nil
// when model.bin is empty or unreadable (TestEmbeddedModel fails then), so
// that the extractor falls back to its rules and training can rebuild it.
var embeddedModel = sync.OnceValue(func() *model {
	m, err := decodeModel(modelBin)
	if err != nil {
		return nil
	}
	return m
})

func newModel() *model {
	m := &model{}
	for i := range m.w {
		m.w[i] = make([]float32, 1<<modelBits)
	}
	return m
}

// score sums the weights of features fs in model md.
func (m *model) score(md int, fs []uint32) float32 {
	w := (*[1 << modelBits]float32)(m.w[md]) // every model has 1<<modelBits weights (newModel): one length check, none per feature
	var s float32
	for _, f := range fs {
		s += w[f&(1<<modelBits-1)]
	}
	return s
}

// encode writes the non-zero weights of m: for each model, a count and
// then (index, weight) pairs, little-endian, indices ascending.
func (m *model) encode() []byte {
	var out []byte
	out = append(out, 'W', 'S', 'M', 2)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.keepMin))
	for md := range m.w {
		var idx []uint32
		for i, v := range m.w[md] {
			if v != 0 {
				idx = append(idx, uint32(i))
			}
		}
		out = binary.LittleEndian.AppendUint32(out, uint32(len(idx)))
		for _, i := range idx {
			out = binary.LittleEndian.AppendUint32(out, i)
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.w[md][i]))
		}
	}
	return out
}

// decodeModel reads what encode wrote.
func decodeModel(b []byte) (*model, error) {
	if len(b) < 8 || string(b[:3]) != "WSM" || b[3] != 2 {
		return nil, fmt.Errorf("not a model file")
	}
	m := newModel()
	m.keepMin = math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	b = b[8:]
	for md := range m.w {
		if len(b) < 4 {
			return nil, fmt.Errorf("model %d: truncated", md)
		}
		n := int(binary.LittleEndian.Uint32(b))
		b = b[4:]
		if len(b) < 8*n {
			return nil, fmt.Errorf("model %d: truncated", md)
		}
		for k := 0; k < n; k++ {
			i := binary.LittleEndian.Uint32(b[8*k:])
			if i >= 1<<modelBits {
				return nil, fmt.Errorf("model %d: index %d out of range", md, i)
			}
			m.w[md][i] = math.Float32frombits(binary.LittleEndian.Uint32(b[8*k+4:]))
		}
		b = b[8*n:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%d bytes after the last model", len(b))
	}
	return m, nil
}

// perceptron trains one linear model by the averaged perceptron: weights
// are the average of the weights after every instance seen, which keeps a
// model from following the last instances it saw.
type perceptron struct {
	w, total []float64
	stamp    []int
	n        int
}

func newPerceptron() *perceptron {
	return &perceptron{w: make([]float64, 1<<modelBits), total: make([]float64, 1<<modelBits), stamp: make([]int, 1<<modelBits)}
}

func (p *perceptron) score(fs []uint32) float64 {
	var s float64
	for _, f := range fs {
		s += p.w[f&(1<<modelBits-1)]
	}
	return s
}

// update adds d to the weight of every feature of fs.
func (p *perceptron) update(fs []uint32, d float64) {
	for _, f := range fs {
		i := f & (1<<modelBits - 1)
		p.total[i] += float64(p.n-p.stamp[i]) * p.w[i]
		p.stamp[i] = p.n
		p.w[i] += d
	}
}

// tick counts one instance seen.
func (p *perceptron) tick() { p.n++ }

// averaged returns the averaged weights.
func (p *perceptron) averaged() []float32 {
	out := make([]float32, len(p.w))
	if p.n == 0 {
		return out
	}
	for i := range p.w {
		t := p.total[i] + float64(p.n-p.stamp[i])*p.w[i]
		out[i] = float32(t / float64(p.n))
	}
	return out
}
