using System.Reflection;
using Kiosk.Contracts;

namespace Kiosk.Hub.Realtime;

/// <summary>Builds a hub method's refused result from its declared return type: <c>Task&lt;HubResult&gt;</c> or <c>Task&lt;HubResult&lt;T&gt;&gt;</c>.</summary>
public static class HubResults
{
    /// <summary>The refused result <paramref name="method"/> returns, or null when it does not return the result shape (a transport-only method).</summary>
    public static object? Refused(MethodInfo method, Refusal refusal)
    {
        var returned = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : method.ReturnType;
        if (returned == typeof(HubResult))
        {
            return HubResult.Refused(refusal);
        }

        return returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(HubResult<>)
            ? Activator.CreateInstance(returned, [null, refusal])
            : null;
    }
}
