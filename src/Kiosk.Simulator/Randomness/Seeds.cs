namespace Kiosk.Simulator.Randomness;

/// <summary>Seeds derived from a seed, the same in every process (unlike <see cref="HashCode"/>).</summary>
public static class Seeds
{
    /// <summary>A well-mixed seed for the n-th stream of a run (SplitMix64 finaliser).</summary>
    public static int Derive(int seed, int stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ (uint)stream;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
