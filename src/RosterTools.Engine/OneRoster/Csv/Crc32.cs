namespace RosterTools.OneRoster.Csv;

/// <summary>CRC-32 (IEEE 802.3, as zip uses it), eight bytes at a step.</summary>
internal sealed class Crc32
{
    private static readonly uint[][] Tables = BuildTables();
    private uint _crc = 0xFFFFFFFFu;

    /// <summary>The checksum of everything added so far.</summary>
    public uint Value => ~_crc;

    public void Add(byte[] buffer, int offset, int count)
    {
        var crc = _crc;
        var t = Tables;
        var i = offset;
        var end = offset + count;
        for (; i + 8 <= end; i += 8)
        {
            crc ^= (uint)(buffer[i] | (buffer[i + 1] << 8) | (buffer[i + 2] << 16) | (buffer[i + 3] << 24));
            crc = t[7][crc & 0xFF] ^ t[6][(crc >> 8) & 0xFF] ^ t[5][(crc >> 16) & 0xFF] ^ t[4][crc >> 24]
                ^ t[3][buffer[i + 4]] ^ t[2][buffer[i + 5]] ^ t[1][buffer[i + 6]] ^ t[0][buffer[i + 7]];
        }

        for (; i < end; i++)
        {
            crc = t[0][(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
        }

        _crc = crc;
    }

    private static uint[][] BuildTables()
    {
        var tables = new uint[8][];
        for (var k = 0; k < 8; k++)
        {
            tables[k] = new uint[256];
        }

        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            tables[0][n] = c;
        }

        for (var n = 0; n < 256; n++)
        {
            for (var k = 1; k < 8; k++)
            {
                tables[k][n] = tables[0][tables[k - 1][n] & 0xFF] ^ (tables[k - 1][n] >> 8);
            }
        }

        return tables;
    }
}
