//go:build amd64 && !purego

#include "textflag.h"

// func adamw64AVX2(n int, val, grad, m, v *float32, k *adamwConsts)
//
// Four parameters at a time, the float64 AdamW step of (*AdamW).Update with the same
// operations in the same order: every VMULPD, VADDPD, VDIVPD, VSQRTPD and VSUBPD is the
// correctly rounded IEEE operation its scalar counterpart is, and nothing is fused, so the
// bits equal the scalar loop's. n must be a multiple of 4.
TEXT ·adamw64AVX2(SB), NOSPLIT, $0-48
	MOVQ n+0(FP), CX
	MOVQ val+8(FP), DI
	MOVQ grad+16(FP), SI
	MOVQ m+24(FP), R8
	MOVQ v+32(FP), R9
	MOVQ k+40(FP), AX
	VBROADCASTSD 0(AX), Y8   // b1
	VBROADCASTSD 8(AX), Y9   // 1-b1
	VBROADCASTSD 16(AX), Y10 // b2
	VBROADCASTSD 24(AX), Y11 // 1-b2
	VBROADCASTSD 32(AX), Y12 // decay
	VBROADCASTSD 40(AX), Y13 // lr
	VBROADCASTSD 48(AX), Y14 // c1
	VBROADCASTSD 56(AX), Y15 // c2
	VBROADCASTSD 64(AX), Y7  // eps
	TESTQ CX, CX
	JE    done

loop:
	VCVTPS2PD (SI), Y0   // g
	VCVTPS2PD (R8), Y1   // m
	VMULPD    Y8, Y1, Y1 // b1*m
	VMULPD    Y9, Y0, Y2 // (1-b1)*g
	VADDPD    Y2, Y1, Y1
	VCVTPD2PSY Y1, X1    // m is stored in float32 and the rounded value drives the update
	VMOVUPS   X1, (R8)
	VCVTPS2PD X1, Y1
	VCVTPS2PD (R9), Y3   // v
	VMULPD    Y10, Y3, Y3 // b2*v
	VMULPD    Y11, Y0, Y4 // (1-b2)*g
	VMULPD    Y0, Y4, Y4  // *g
	VADDPD    Y4, Y3, Y3
	VCVTPD2PSY Y3, X3
	VMOVUPS   X3, (R9)
	VCVTPS2PD X3, Y3
	VCVTPS2PD (DI), Y5   // w
	VMULPD    Y12, Y5, Y5 // w*decay
	VDIVPD    Y14, Y1, Y1 // m/c1
	VMULPD    Y1, Y13, Y1 // lr*(m/c1)
	VDIVPD    Y15, Y3, Y3 // v/c2
	VSQRTPD   Y3, Y3
	VADDPD    Y7, Y3, Y3  // sqrt(v/c2)+eps
	VDIVPD    Y3, Y1, Y1
	VSUBPD    Y1, Y5, Y5  // w - lr*(m/c1)/(sqrt(v/c2)+eps)
	VCVTPD2PSY Y5, X5
	VMOVUPS   X5, (DI)
	ADDQ      $16, DI
	ADDQ      $16, SI
	ADDQ      $16, R8
	ADDQ      $16, R9
	SUBQ      $4, CX
	JNE       loop

done:
	VZEROUPPER
	RET

// func sgd64AVX2(n int, val, grad, buf *float32, k *sgdConsts)
//
// Four parameters at a time, (*SGD).Update's float64 step with momentum, in the scalar
// loop's order and without fusing: d = g + wd*w; d += mom*buf; buf = f32(d);
// w = f32(w - lr*f64(buf)). n must be a multiple of 4.
TEXT ·sgd64AVX2(SB), NOSPLIT, $0-40
	MOVQ n+0(FP), CX
	MOVQ val+8(FP), DI
	MOVQ grad+16(FP), SI
	MOVQ buf+24(FP), R8
	MOVQ k+32(FP), AX
	VBROADCASTSD 0(AX), Y8  // wd
	VBROADCASTSD 8(AX), Y9  // mom
	VBROADCASTSD 16(AX), Y10 // lr
	TESTQ CX, CX
	JE    sgddone

sgdloop:
	VCVTPS2PD (DI), Y0    // w
	VCVTPS2PD (SI), Y1    // g
	VMULPD    Y8, Y0, Y2  // wd*w
	VADDPD    Y2, Y1, Y1  // d = g + wd*w
	VCVTPS2PD (R8), Y3    // buf
	VMULPD    Y9, Y3, Y3  // mom*buf
	VADDPD    Y3, Y1, Y1  // d += mom*buf
	VCVTPD2PSY Y1, X1
	VMOVUPS   X1, (R8)
	VCVTPS2PD X1, Y1      // the stored (rounded) buffer drives the update
	VMULPD    Y1, Y10, Y1 // lr*d
	VSUBPD    Y1, Y0, Y0
	VCVTPD2PSY Y0, X0
	VMOVUPS   X0, (DI)
	ADDQ      $16, DI
	ADDQ      $16, SI
	ADDQ      $16, R8
	SUBQ      $4, CX
	JNE       sgdloop

sgddone:
	VZEROUPPER
	RET
