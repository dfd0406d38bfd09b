using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Auth;

/// <summary>Turns a presented key into who it belongs to. Compared as hashes, in fixed time.</summary>
public sealed class AccessKeys(IOptionsMonitor<AccessOptions> options)
{
    public ClaimsPrincipal? Authenticate(string presented, string scheme)
    {
        var digest = Hash(presented);
        var access = options.CurrentValue;
        foreach (var (id, key) in access.Kiosks)
        {
            if (Matches(digest, key))
            {
                return Principal(id, Roles.Kiosk, scheme);
            }
        }

        foreach (var (desk, key) in access.Staff)
        {
            if (Matches(digest, key))
            {
                return Principal(desk, Roles.Reception, scheme);
            }
        }

        return null;
    }

    public static ClaimsPrincipal Principal(string name, string role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], scheme));

    private static bool Matches(byte[] presentedDigest, string configured) =>
        configured.Length >= AccessOptions.MinimumKeyLength
        && CryptographicOperations.FixedTimeEquals(presentedDigest, Hash(configured));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
