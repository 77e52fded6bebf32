/**
 * Files that are not usable workbooks, built byte by byte so that the tests need no
 * binary fixtures: a password-protected .xlsx (an OLE compound file holding the
 * EncryptionInfo and EncryptedPackage streams) and a zip that is no workbook.
 */
import { crc32 } from "node:zlib";

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

type DirEntry = { name: string; type: 1 | 2 | 5; child: number; right: number };

function writeDirEntry(view: DataView, bytes: Uint8Array, offset: number, e: DirEntry): void {
  for (let i = 0; i < e.name.length; i++) view.setUint16(offset + 2 * i, e.name.charCodeAt(i), true);
  view.setUint16(offset + 64, (e.name.length + 1) * 2, true);
  bytes[offset + 66] = e.type;
  bytes[offset + 67] = 1; // black: a valid red-black tree of one level
  view.setUint32(offset + 68, NO_STREAM, true);
  view.setUint32(offset + 72, e.right, true);
  view.setUint32(offset + 76, e.child, true);
  view.setUint32(offset + 116, END_OF_CHAIN, true); // empty streams start nowhere
  view.setUint32(offset + 120, 0, true);
}

/**
 * A minimal valid compound file (CFB version 3): header, one FAT sector and one
 * directory sector naming the given streams under the root entry. With
 * "EncryptionInfo" and "EncryptedPackage" it is what Excel saves for a workbook
 * with a password to open.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(SECTOR * 3);
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(28, 0xfffe, true); // byte order: little-endian
  view.setUint16(30, 9, true); // sector shift: 2^9
  view.setUint16(32, 6, true); // mini sector shift: 2^6
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cut-off
  view.setUint32(60, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(68, END_OF_CHAIN, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + 4 * i, FREE, true);
  const fat = SECTOR;
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, END_OF_CHAIN, true);
  for (let i = 2; i < SECTOR / 4; i++) view.setUint32(fat + 4 * i, FREE, true);
  const dir = SECTOR * 2;
  const entries: DirEntry[] = [
    { name: "Root Entry", type: 5, child: streams.length > 0 ? 1 : NO_STREAM, right: NO_STREAM },
    ...streams.map((name, i) => ({
      name,
      type: 2 as const,
      child: NO_STREAM,
      right: i + 1 < streams.length ? i + 2 : NO_STREAM,
    })),
  ];
  entries.forEach((e, i) => writeDirEntry(view, bytes, dir + 128 * i, e));
  return bytes;
}

/** What Excel saves for a workbook protected with a password to open. */
export function passwordProtectedWorkbook(): Uint8Array {
  return compoundFile(["EncryptionInfo", "EncryptedPackage"]);
}

/** A zip archive of stored (uncompressed) files. */
export function zipOf(files: Readonly<Record<string, string>>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** An OpenDocument spreadsheet (LibreOffice's .ods): a zip, but no Excel workbook. */
export function openDocumentSpreadsheet(): Uint8Array {
  return zipOf({
    mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml":
      '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
  });
}
