package extract

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestNameSex(t *testing.T) {
	for _, tc := range []struct {
		name string
		want sex
	}{
		{"Hillary", female},
		{"hillary", female},
		{"Donald", male},
		{"Barack", male},
		{"Nancy", female},
		{"Republican", unknownSex}, // capitalised, but a party
		{"Said", unknownSex},
		{"", unknownSex},
	} {
		if got := nameSex(tc.name); got != tc.want {
			t.Errorf("nameSex(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestGenderTableReproducible regenerates the first-name table from the
// PolNeAR train texts and checks it is the one embedded.
func TestGenderTableReproducible(t *testing.T) {
	got := generated(t, "gender_names.go", "./internal/gendergen", "-o", "OUT", "TRAIN")
	want, err := os.ReadFile("gender_names.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("gender_names.go differs from what gendergen makes of the train texts: run go generate ./digest/extract")
	}
}

// generated runs `go run` on a generator of this package with args, where
// OUT stands for a temporary file named name and TRAIN for the PolNeAR
// train split, and returns what it wrote to OUT. It skips the test when the
// split is not beside the project or with -short (generating reads 840
// articles).
func generated(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	train := filepath.Join("..", "..", "..", "shared", "polnear", "train")
	if _, err := os.Stat(filepath.Join(train, "attributions")); err != nil {
		t.Skip("PolNeAR train split not found at " + train)
	}
	if testing.Short() {
		t.Skip("generating reads the 840 train articles")
	}
	out := filepath.Join(t.TempDir(), name)
	argv := []string{"run"}
	for _, a := range args {
		switch a {
		case "OUT":
			a = out
		case "TRAIN":
			a = train
		}
		argv = append(argv, a)
	}
	if msg, err := exec.Command("go", argv...).CombinedOutput(); err != nil {
		t.Fatalf("go %v: %v\n%s", argv, err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return got
}
