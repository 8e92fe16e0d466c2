// The fragment shader of the patterned edge programs (dashed-edge-program.ts),
// apart from sigma so it can be tested without WebGL.

/**
 * The fragment shader for `dashes` (dash and gap lengths in CSS pixels,
 * alternating, dash first): each gap becomes one test on the fragment's
 * place in the pattern, since GLSL ES 1.0 has no constant arrays.
 */
export function fragmentShader(dashes: readonly number[]): string {
  if (dashes.length === 0 || dashes.length % 2 !== 0 || dashes.some((d) => !(d > 0))) {
    throw new Error(`a dash pattern is dash and gap lengths in pairs, each above 0: [${dashes.join(', ')}]`);
  }
  const float = (n: number) => (Number.isInteger(n) ? `${n}.0` : `${n}`);
  const period = dashes.reduce((sum, d) => sum + d, 0);
  const gaps: string[] = [];
  let at = 0;
  dashes.forEach((length, i) => {
    if (i % 2 === 1) gaps.push(`(place > ${float(at)} && place <= ${float(at + length)})`);
    at += length;
  });
  return /* glsl */ `
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float place = mod(v_along, ${float(period)});
  if (${gaps.join(' || ')}) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;
}
