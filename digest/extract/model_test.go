package extract

import (
	"bytes"
	"testing"
)

// TestEmbeddedModel checks that model.bin decodes and encodes back to the
// same bytes.
func TestEmbeddedModel(t *testing.T) {
	m, err := decodeModel(modelBin)
	if err != nil {
		t.Fatalf("model.bin: %v", err)
	}
	if !bytes.Equal(m.encode(), modelBin) {
		t.Error("model.bin does not encode back to itself")
	}
	if embeddedModel() == nil {
		t.Error("no embedded model")
	}
	for _, bad := range [][]byte{nil, []byte("WSM"), append([]byte{}, modelBin[:len(modelBin)-3]...), append(append([]byte{}, modelBin...), 0)} {
		if _, err := decodeModel(bad); err == nil {
			t.Errorf("decodeModel accepted %d bad bytes", len(bad))
		}
	}
}

// TestModelReproduced checks that model.bin is what the training command
// makes of the PolNeAR train split with the code as it is: a change to the
// rules or features must come with the model retrained from them.
func TestModelReproduced(t *testing.T) {
	got := generated(t, "model.bin", "./train", "-polnear", "TRAIN", "-out", "OUT")
	if !bytes.Equal(got, modelBin) {
		t.Errorf("model.bin (%d bytes) differs from what training makes of the train split (%d bytes): run go run ./digest/extract/train -polnear ../shared/polnear/train", len(modelBin), len(got))
	}
}
