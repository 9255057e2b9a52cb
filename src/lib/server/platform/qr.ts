import qrcode from 'qrcode-generator';

/**
 * A QR code as an SVG path of its dark modules, drawn by the page (Svelte owns the DOM): one
 * "M x y h1 v1 h-1 z" square per module, on a grid of `size` modules with a quiet zone around.
 * Error correction M: readable across a classroom from a projector with a smudge or two.
 */
export function qrPath(text: string): { size: number; path: string } {
	const code = qrcode(0, 'M');
	code.addData(text);
	code.make();
	const modules = code.getModuleCount();
	const QUIET = 2;
	const parts: string[] = [];
	for (let row = 0; row < modules; row++)
		for (let col = 0; col < modules; col++)
			if (code.isDark(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
	return { size: modules + 2 * QUIET, path: parts.join('') };
}
