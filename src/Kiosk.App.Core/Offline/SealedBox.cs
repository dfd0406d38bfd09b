using System.Security.Cryptography;
using System.Text;

namespace Kiosk.App.Core.Offline;

/// <summary>
/// Personal data the kiosk keeps on its own disk (queued check-ins, today's appointment copy) is sealed
/// with AES-GCM under a key derived (HKDF-SHA256) from the kiosk's enrolment key: a disk taken out of
/// the kiosk reads as noise, and a revoked kiosk's key opens nothing new. One purpose, one derived key.
/// </summary>
public sealed class SealedBox
{
    public const string OutboxPurpose = "kiosk/outbox/v1";
    public const string CopyPurpose = "kiosk/appointment-copy/v1";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    public SealedBox(string deviceKey, string purpose)
    {
        if (string.IsNullOrEmpty(deviceKey))
        {
            // No enrolment key, no secret to derive from: refuse rather than seal with a key anyone knows.
            throw new InvalidOperationException("The kiosk has no device key (Kiosk:DeviceKey): it cannot keep personal data on its disk.");
        }

        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(deviceKey), 32, salt: [], info: Encoding.UTF8.GetBytes(purpose));
    }

    /// <summary>Nonce, tag and ciphertext in one blob; <paramref name="boundTo"/> ties it to its row (a blob moved to another row will not open).</summary>
    public byte[] Seal(byte[] plain, byte[] boundTo)
    {
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), boundTo);
        return sealedBytes;
    }

    /// <summary>The plain bytes; throws <see cref="CryptographicException"/> when the blob was changed or sealed under another key.</summary>
    public byte[] Open(byte[] sealedBytes, byte[] boundTo)
    {
        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("Too short to be a sealed blob.");
        }

        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_key, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain, boundTo);
        return plain;
    }
}
