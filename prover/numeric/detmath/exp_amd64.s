//go:build amd64 && !purego

#include "textflag.h"

// Each constant of Exp four times, for the 4-lane kernel's memory operands.
DATA expc<>+0(SB)/8, $0x3ff71547652b82fe
DATA expc<>+8(SB)/8, $0x3ff71547652b82fe
DATA expc<>+16(SB)/8, $0x3ff71547652b82fe
DATA expc<>+24(SB)/8, $0x3ff71547652b82fe
DATA expc<>+32(SB)/8, $0xbfe62e42fefa3000
DATA expc<>+40(SB)/8, $0xbfe62e42fefa3000
DATA expc<>+48(SB)/8, $0xbfe62e42fefa3000
DATA expc<>+56(SB)/8, $0xbfe62e42fefa3000
DATA expc<>+64(SB)/8, $0xbd53de6af278ece6
DATA expc<>+72(SB)/8, $0xbd53de6af278ece6
DATA expc<>+80(SB)/8, $0xbd53de6af278ece6
DATA expc<>+88(SB)/8, $0xbd53de6af278ece6
DATA expc<>+96(SB)/8, $0x3fb0000000000000
DATA expc<>+104(SB)/8, $0x3fb0000000000000
DATA expc<>+112(SB)/8, $0x3fb0000000000000
DATA expc<>+120(SB)/8, $0x3fb0000000000000
DATA expc<>+128(SB)/8, $0x3efa01a01a01a01a
DATA expc<>+136(SB)/8, $0x3efa01a01a01a01a
DATA expc<>+144(SB)/8, $0x3efa01a01a01a01a
DATA expc<>+152(SB)/8, $0x3efa01a01a01a01a
DATA expc<>+160(SB)/8, $0x3f2a01a01a01a01a
DATA expc<>+168(SB)/8, $0x3f2a01a01a01a01a
DATA expc<>+176(SB)/8, $0x3f2a01a01a01a01a
DATA expc<>+184(SB)/8, $0x3f2a01a01a01a01a
DATA expc<>+192(SB)/8, $0x3f56c16c16c16c17
DATA expc<>+200(SB)/8, $0x3f56c16c16c16c17
DATA expc<>+208(SB)/8, $0x3f56c16c16c16c17
DATA expc<>+216(SB)/8, $0x3f56c16c16c16c17
DATA expc<>+224(SB)/8, $0x3f81111111111111
DATA expc<>+232(SB)/8, $0x3f81111111111111
DATA expc<>+240(SB)/8, $0x3f81111111111111
DATA expc<>+248(SB)/8, $0x3f81111111111111
DATA expc<>+256(SB)/8, $0x3fa5555555555555
DATA expc<>+264(SB)/8, $0x3fa5555555555555
DATA expc<>+272(SB)/8, $0x3fa5555555555555
DATA expc<>+280(SB)/8, $0x3fa5555555555555
DATA expc<>+288(SB)/8, $0x3fc5555555555555
DATA expc<>+296(SB)/8, $0x3fc5555555555555
DATA expc<>+304(SB)/8, $0x3fc5555555555555
DATA expc<>+312(SB)/8, $0x3fc5555555555555
DATA expc<>+320(SB)/8, $0x3fe0000000000000
DATA expc<>+328(SB)/8, $0x3fe0000000000000
DATA expc<>+336(SB)/8, $0x3fe0000000000000
DATA expc<>+344(SB)/8, $0x3fe0000000000000
DATA expc<>+352(SB)/8, $0x3ff0000000000000
DATA expc<>+360(SB)/8, $0x3ff0000000000000
DATA expc<>+368(SB)/8, $0x3ff0000000000000
DATA expc<>+376(SB)/8, $0x3ff0000000000000
DATA expc<>+384(SB)/8, $0x4000000000000000
DATA expc<>+392(SB)/8, $0x4000000000000000
DATA expc<>+400(SB)/8, $0x4000000000000000
DATA expc<>+408(SB)/8, $0x4000000000000000
DATA expc<>+416(SB)/8, $0x3ff
DATA expc<>+424(SB)/8, $0x3ff
DATA expc<>+432(SB)/8, $0x3ff
DATA expc<>+440(SB)/8, $0x3ff
GLOBL expc<>(SB), RODATA|NOPTR, $448

// func expAVX2(dst, src *float64, n int)
//
// dst[i] = Exp(src[i]) for i < n (a multiple of 4), four lanes at a time, with Exp's
// operations in Exp's order (the same multiplies, adds and fused multiply-adds, round to
// even); only for src in [-708, 709], where Exp takes none of its special cases.
TEXT ·expAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $2, CX
	JZ   done
loop:
	VMOVUPD (SI), Y0
	VMULPD  expc<>+0(SB), Y0, Y1
	VROUNDPD $8, Y1, Y1 // to nearest even, no precision exception
	VCVTTPD2DQY Y1, X2  // e (exact: r is an integer)
	VCVTDQ2PD X2, Y3    // float64(e)
	VFMADD231PD expc<>+32(SB), Y3, Y0
	VFMADD231PD expc<>+64(SB), Y3, Y0
	VMULPD  expc<>+96(SB), Y0, Y0
	VMOVUPD expc<>+128(SB), Y4
	VFMADD213PD expc<>+160(SB), Y0, Y4
	VFMADD213PD expc<>+192(SB), Y0, Y4
	VFMADD213PD expc<>+224(SB), Y0, Y4
	VFMADD213PD expc<>+256(SB), Y0, Y4
	VFMADD213PD expc<>+288(SB), Y0, Y4
	VFMADD213PD expc<>+320(SB), Y0, Y4
	VFMADD213PD expc<>+352(SB), Y0, Y4
	VMULPD  Y4, Y0, Y0
	VADDPD  expc<>+384(SB), Y0, Y5
	VMULPD  Y5, Y0, Y0
	VADDPD  expc<>+384(SB), Y0, Y5
	VMULPD  Y5, Y0, Y0
	VADDPD  expc<>+384(SB), Y0, Y5
	VMULPD  Y5, Y0, Y0
	VADDPD  expc<>+384(SB), Y0, Y5
	VFMADD213PD expc<>+352(SB), Y5, Y0 // x*(x+2) + 1, fused
	VPMOVSXDQ X2, Y6
	VPADDQ  expc<>+416(SB), Y6, Y6
	VPSLLQ  $52, Y6, Y6 // 2**e
	VMULPD  Y6, Y0, Y0
	VMOVUPD Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	DECQ CX
	JNZ  loop
done:
	VZEROUPPER
	RET
