//go:build amd64 && !purego

#include "textflag.h"

// TILE_ARGS loads a tile kernel's arguments: CX = k, SI = a, DI = b, DX = c, and the
// strides lda, ldb, ldc in bytes in R9, R10, R8.
#define TILE_ARGS \
	MOVQ k+0(FP), CX \
	MOVQ a+8(FP), SI \
	MOVQ lda+16(FP), R9 \
	SHLQ $2, R9 \
	MOVQ b+24(FP), DI \
	MOVQ ldb+32(FP), R10 \
	SHLQ $2, R10 \
	MOVQ c+40(FP), DX \
	MOVQ ldc+48(FP), R8 \
	SHLQ $2, R8

// func kern6x16(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)
//
// C[r][j] = sum over kk of a[kk*lda+r]*b[kk*ldb+j] for r<6, j<16, one accumulator
// per output starting at +0, k ascending, VMULPS then VADDPS (never fused):
// the f32/acc=f32/red=seq/fma=off reference bit for bit. lda and ldb (in elements)
// let the kernel read a transposed A or a plain B in place, unpacked.
TEXT ·kern6x16(SB), NOSPLIT, $0-56
	TILE_ARGS
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11
	TESTQ CX, CX
	JE   store
loop:
	VMOVUPS (DI), Y12
	VMOVUPS 32(DI), Y13
	VBROADCASTSS 0(SI), Y14
	VMULPS Y12, Y14, Y15
	VADDPS Y15, Y0, Y0
	VMULPS Y13, Y14, Y15
	VADDPS Y15, Y1, Y1
	VBROADCASTSS 4(SI), Y14
	VMULPS Y12, Y14, Y15
	VADDPS Y15, Y2, Y2
	VMULPS Y13, Y14, Y15
	VADDPS Y15, Y3, Y3
	VBROADCASTSS 8(SI), Y14
	VMULPS Y12, Y14, Y15
	VADDPS Y15, Y4, Y4
	VMULPS Y13, Y14, Y15
	VADDPS Y15, Y5, Y5
	VBROADCASTSS 12(SI), Y14
	VMULPS Y12, Y14, Y15
	VADDPS Y15, Y6, Y6
	VMULPS Y13, Y14, Y15
	VADDPS Y15, Y7, Y7
	VBROADCASTSS 16(SI), Y14
	VMULPS Y12, Y14, Y15
	VADDPS Y15, Y8, Y8
	VMULPS Y13, Y14, Y15
	VADDPS Y15, Y9, Y9
	VBROADCASTSS 20(SI), Y14
	VMULPS Y12, Y14, Y15
	VADDPS Y15, Y10, Y10
	VMULPS Y13, Y14, Y15
	VADDPS Y15, Y11, Y11
	ADDQ R9, SI
	ADDQ R10, DI
	DECQ CX
	JNZ  loop
store:
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	ADDQ R8, DX
	VMOVUPS Y2, (DX)
	VMOVUPS Y3, 32(DX)
	ADDQ R8, DX
	VMOVUPS Y4, (DX)
	VMOVUPS Y5, 32(DX)
	ADDQ R8, DX
	VMOVUPS Y6, (DX)
	VMOVUPS Y7, 32(DX)
	ADDQ R8, DX
	VMOVUPS Y8, (DX)
	VMOVUPS Y9, 32(DX)
	ADDQ R8, DX
	VMOVUPS Y10, (DX)
	VMOVUPS Y11, 32(DX)
	VZEROUPPER
	RET

// func kern6x32(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)
//
// kern6x16 on 512-bit registers: a 6×32 tile, each output still one accumulator from +0,
// k ascending, VMULPS then VADDPS. The lane width changes how many outputs advance per
// instruction, never the operations on any one of them, so the bits are kern6x16's.
TEXT ·kern6x32(SB), NOSPLIT, $0-56
	TILE_ARGS
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	TESTQ CX, CX
	JE   store32
loop32:
	VMOVUPS (DI), Z12
	VMOVUPS 64(DI), Z13
	VBROADCASTSS 0(SI), Z14
	VMULPS Z12, Z14, Z15
	VMULPS Z13, Z14, Z16
	VADDPS Z15, Z0, Z0
	VADDPS Z16, Z1, Z1
	VBROADCASTSS 4(SI), Z17
	VMULPS Z12, Z17, Z18
	VMULPS Z13, Z17, Z19
	VADDPS Z18, Z2, Z2
	VADDPS Z19, Z3, Z3
	VBROADCASTSS 8(SI), Z14
	VMULPS Z12, Z14, Z15
	VMULPS Z13, Z14, Z16
	VADDPS Z15, Z4, Z4
	VADDPS Z16, Z5, Z5
	VBROADCASTSS 12(SI), Z17
	VMULPS Z12, Z17, Z18
	VMULPS Z13, Z17, Z19
	VADDPS Z18, Z6, Z6
	VADDPS Z19, Z7, Z7
	VBROADCASTSS 16(SI), Z14
	VMULPS Z12, Z14, Z15
	VMULPS Z13, Z14, Z16
	VADDPS Z15, Z8, Z8
	VADDPS Z16, Z9, Z9
	VBROADCASTSS 20(SI), Z17
	VMULPS Z12, Z17, Z18
	VMULPS Z13, Z17, Z19
	VADDPS Z18, Z10, Z10
	VADDPS Z19, Z11, Z11
	ADDQ R9, SI
	ADDQ R10, DI
	DECQ CX
	JNZ  loop32
store32:
	VMOVUPS Z0, (DX)
	VMOVUPS Z1, 64(DX)
	ADDQ R8, DX
	VMOVUPS Z2, (DX)
	VMOVUPS Z3, 64(DX)
	ADDQ R8, DX
	VMOVUPS Z4, (DX)
	VMOVUPS Z5, 64(DX)
	ADDQ R8, DX
	VMOVUPS Z6, (DX)
	VMOVUPS Z7, 64(DX)
	ADDQ R8, DX
	VMOVUPS Z8, (DX)
	VMOVUPS Z9, 64(DX)
	ADDQ R8, DX
	VMOVUPS Z10, (DX)
	VMOVUPS Z11, 64(DX)
	VZEROUPPER
	RET

// func addF32AVX2(dst, src *float32, n int)
//
// dst[i] += src[i] for i < n: elementwise VADDPS/ADDSS, the bits of the scalar loop.
TEXT ·addF32AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
vloop:
	CMPQ CX, $8
	JL   tail
	VMOVUPS (DI), Y0
	VADDPS  (SI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $8, CX
	JMP  vloop
tail:
	TESTQ CX, CX
	JE    done
	MOVSS (DI), X0
	ADDSS (SI), X0
	MOVSS X0, (DI)
	ADDQ $4, DI
	ADDQ $4, SI
	DECQ CX
	JMP  tail
done:
	VZEROUPPER
	RET

// func addPositiveF32AVX2(dst, src, x *float32, n int)
//
// dst[i] += src[i]*d with d = 1 where x[i] > 0 and 0 elsewhere (NaN included), n a
// multiple of 8: the compare picks 1.0 or 0.0, and the product and sum are the scalar
// loop's correctly rounded operations.
TEXT ·addPositiveF32AVX2(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ x+16(FP), DX
	MOVQ n+24(FP), CX
	MOVL $0x3f800000, AX // 1.0
	MOVL AX, X7
	VBROADCASTSS X7, Y7
	VXORPS Y6, Y6, Y6
	TESTQ CX, CX
	JE   pdone
ploop:
	VMOVUPS (DX), Y0
	VCMPPS  $0x1e, Y6, Y0, Y1 // x > 0, ordered (GT_OQ): false for NaN
	VANDPS  Y7, Y1, Y1        // 1.0 or +0.0
	VMULPS  (SI), Y1, Y1
	VMOVUPS (DI), Y2
	VADDPS  Y1, Y2, Y2        // dst first, as the scalar += has it (NaN payloads)
	VMOVUPS Y2, (DI)
	ADDQ $32, DI
	ADDQ $32, SI
	ADDQ $32, DX
	SUBQ $8, CX
	JNE  ploop
pdone:
	VZEROUPPER
	RET

// Column offsets 0, 2, 4, 6 of four pooling windows, as int64 lanes.
DATA mpidx<>+0(SB)/8, $0
DATA mpidx<>+8(SB)/8, $2
DATA mpidx<>+16(SB)/8, $4
DATA mpidx<>+24(SB)/8, $6
GLOBL mpidx<>(SB), RODATA|NOPTR, $32

// func maxPool2x2AVX2(r0, r1, y *float32, arg *int, n, i0, wd int)
//
// For n windows (a multiple of 4), window w of rows r0 and r1 at columns 2w, 2w+1:
// y[w] and arg[w] are the first strict maximum in row-major order starting from -Inf
// (index -1), as the scalar loop finds it: pairs in each row, then the bottom pair's
// winner only if strictly greater. Compares are ordered (NaN never wins, -0 == +0).
// Indices are i0 + 2w (+1, +wd, +wd+1).
TEXT ·maxPool2x2AVX2(SB), NOSPLIT, $0-56
	MOVQ r0+0(FP), SI
	MOVQ r1+8(FP), DX
	MOVQ y+16(FP), DI
	MOVQ arg+24(FP), R8
	MOVQ n+32(FP), CX
	MOVQ i0+40(FP), AX
	MOVQ wd+48(FP), BX
	MOVL $0xff800000, R9 // -Inf
	MOVL R9, X15
	VBROADCASTSS X15, X15
	MOVQ AX, X14
	VPBROADCASTQ X14, Y14
	VPADDQ mpidx<>(SB), Y14, Y14 // base indices of four windows
	MOVQ $8, R9
	MOVQ R9, X13
	VPBROADCASTQ X13, Y13
	MOVQ $1, R9
	MOVQ R9, X12
	VPBROADCASTQ X12, Y12
	MOVQ BX, X11
	VPBROADCASTQ X11, Y11
	LEAQ 1(BX), R9
	MOVQ R9, X10
	VPBROADCASTQ X10, Y10
	VPCMPEQQ Y9, Y9, Y9 // -1
	TESTQ CX, CX
	JE   mpdone
mploop:
	VMOVUPS (SI), Y0
	VMOVUPS (DX), Y1
	VSHUFPS $0x88, Y0, Y0, Y2
	VPERMPD $0x08, Y2, Y2 // top-left of each window
	VSHUFPS $0xDD, Y0, Y0, Y3
	VPERMPD $0x08, Y3, Y3 // top-right
	VSHUFPS $0x88, Y1, Y1, Y4
	VPERMPD $0x08, Y4, Y4 // bottom-left
	VSHUFPS $0xDD, Y1, Y1, Y5
	VPERMPD $0x08, Y5, Y5 // bottom-right
	// top pair from (-Inf, -1)
	VCMPPS $0x1e, X15, X2, X6
	VBLENDVPS X6, X2, X15, X7
	VPMOVSXDQ X6, Y6
	VBLENDVPD Y6, Y14, Y9, Y8
	VCMPPS $0x1e, X7, X3, X6
	VBLENDVPS X6, X3, X7, X7
	VPMOVSXDQ X6, Y6
	VPADDQ Y12, Y14, Y0
	VBLENDVPD Y6, Y0, Y8, Y8
	// bottom pair from (-Inf, -1)
	VCMPPS $0x1e, X15, X4, X6
	VBLENDVPS X6, X4, X15, X1
	VPMOVSXDQ X6, Y6
	VPADDQ Y11, Y14, Y0
	VBLENDVPD Y6, Y0, Y9, Y2
	VCMPPS $0x1e, X1, X5, X6
	VBLENDVPS X6, X5, X1, X1
	VPMOVSXDQ X6, Y6
	VPADDQ Y10, Y14, Y0
	VBLENDVPD Y6, Y0, Y2, Y2
	// the bottom winner replaces the top one only if strictly greater
	VCMPPS $0x1e, X7, X1, X6
	VBLENDVPS X6, X1, X7, X7
	VPMOVSXDQ X6, Y6
	VBLENDVPD Y6, Y2, Y8, Y8
	VMOVUPS X7, (DI)
	VMOVDQU Y8, (R8)
	VPADDQ Y13, Y14, Y14
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $16, DI
	ADDQ $32, R8
	SUBQ $4, CX
	JNE  mploop
mpdone:
	VZEROUPPER
	RET
