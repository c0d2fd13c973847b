"""Password-protected workbooks: OOXML encrypted into an OLE2 container (magic D0CF11E0) holding the
streams "EncryptionInfo" and "EncryptedPackage".

``make_encrypted_xlsx`` uses msoffcrypto-tool (agile encryption, password "geheim") when it is
installed and falls back to the hand-built container otherwise; ``make_encrypted_minimal_xlsx``
is always hand-built.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

from .expect import PASSWORD, Case, Refused
from .ole import write_compound_file
from .survey import survey_table
from .xlsx_writer import Sheet, workbook_parts, write_parts

PASSWORD_TEXT = "geheim"

# EncryptionInfo of agile encryption: version 4.4, flags 0x40, then an XML descriptor.
AGILE_INFO = struct.pack("<HHI", 4, 4, 0x40) + (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
    b'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
    b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
    b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
    b'<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
    b'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
    b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
    b'saltValue="AAAAAAAAAAAAAAAAAAAAAA==" encryptedVerifierHashInput="AAAAAAAAAAAAAAAAAAAAAA==" '
    b'encryptedVerifierHashValue="AAAAAAAAAAAAAAAAAAAAAA==" encryptedKeyValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
    b"</keyEncryptor></keyEncryptors></encryption>"
)


ENCRYPTED_ROWS = 200  # msoffcrypto-tool 6.1 writes a broken container for packages under 4096 bytes


def plain_xlsx_bytes() -> bytes:
    """The workbook inside the encrypted container: ENCRYPTED_ROWS survey rows, about 9 KB."""
    buffer = io.BytesIO()
    write_parts(buffer, workbook_parts([Sheet("Data", survey_table(ENCRYPTED_ROWS))]))
    return buffer.getvalue()


def msoffcrypto_available() -> bool:
    try:
        import msoffcrypto  # noqa: F401
    except ImportError:
        return False
    return True


def write_minimal_container(path: Path) -> Path:
    plain_size = len(plain_xlsx_bytes())
    package = struct.pack("<Q", plain_size) + bytes((i * 151 + 7) % 256 for i in range(-(-plain_size // 16) * 16))
    return write_compound_file(path, {"EncryptionInfo": AGILE_INFO, "EncryptedPackage": package})


def make_encrypted_minimal_xlsx(folder: Path) -> Path:
    """Hand-built: EncryptionInfo (agile header + descriptor) and EncryptedPackage (declared size,
    then pseudo-ciphertext). Not decryptable; every reader should stop at the stream names."""
    return write_minimal_container(folder / "encrypted_minimal.xlsx")


def make_encrypted_xlsx(folder: Path) -> Path:
    """A real small workbook encrypted with password "geheim" (msoffcrypto-tool), else the fallback."""
    if not msoffcrypto_available():
        return write_minimal_container(folder / "encrypted.xlsx")
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain_xlsx_bytes())).encrypt(PASSWORD_TEXT, out)
    path = folder / "encrypted.xlsx"
    path.write_bytes(out.getvalue())
    return path


CASES = [
    Case("encrypted", make_encrypted_xlsx, Refused(PASSWORD),
         f"msoffcrypto-tool agile encryption, password {PASSWORD_TEXT!r} (hand-built if not installed)"),
    Case("encrypted_minimal", make_encrypted_minimal_xlsx, Refused(PASSWORD),
         "hand-built OLE2 with EncryptionInfo and EncryptedPackage streams only"),
]
