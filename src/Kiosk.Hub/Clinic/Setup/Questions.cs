namespace Kiosk.Hub.Clinic.Setup;

/// <summary>
/// Asks one question at a time on the console (or reads a script of answers): shows the suggested
/// answer in brackets, takes it on a blank line, and asks again, saying why, until the answer is
/// good. Input that ends mid-conversation throws <see cref="AnswersEndedException"/>. With
/// <paramref name="echo"/> (answers piped in, not typed) each answer is written after its question,
/// so the transcript reads as a conversation.
/// </summary>
public sealed class Questions(TextReader input, TextWriter output, bool echo = false)
{
    public T Ask<T>(string question, string? suggested, Func<string, Answer<T>> check)
    {
        while (true)
        {
            output.Write(string.IsNullOrEmpty(suggested) ? $"{question}: " : $"{question} [{suggested}]: ");
            var text = (input.ReadLine() ?? throw new AnswersEndedException()).Trim();
            if (echo) output.WriteLine(text);
            var answer = check(text.Length == 0 && suggested is not null ? suggested : text);
            if (answer.Retry is null)
            {
                return answer.Value;
            }

            output.WriteLine($"  {answer.Retry} Please try again.");
        }
    }

    public void Say(string text) => output.WriteLine(text);
}

/// <summary>A good answer's value, or why to ask again.</summary>
public readonly record struct Answer<T>(T Value, string? Retry);

/// <summary>Makes answers: <c>Answer.Good(value)</c>, or <c>Answer.Again&lt;int&gt;("why")</c>.</summary>
public static class Answer
{
    public static Answer<T> Good<T>(T value) => new(value, null);

    public static Answer<T> Again<T>(string why) => new(default!, why);
}

/// <summary>The answers ran out before the conversation ended (Ctrl+D, or a script too short).</summary>
public sealed class AnswersEndedException() : Exception("The answers ended before the clinic was set up.");
