package pl.razem.opensearch.analysis.stempel;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.Analysis;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/** Polish analysis with Lucene's Stempel stemmer: analyzer "polish", filters "polish_stem", "polish_stop". */
public class RazemStempelPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("polish_stem", StemFilterFactory::new, "polish_stop", StopFilterFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("polish", PolishProvider::new);
    }

    static final class StemFilterFactory extends AbstractTokenFilterFactory {
        StemFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, name, settings);
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new StempelFilter(input, new StempelStemmer(PolishAnalyzer.getDefaultTable()));
        }
    }

    static final class StopFilterFactory extends AbstractTokenFilterFactory {
        private final CharArraySet stopWords;

        StopFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, name, settings);
            stopWords = Analysis.parseWords(env, settings, "stopwords", PolishAnalyzer.getDefaultStopSet(),
                Map.of("_polish_", PolishAnalyzer.getDefaultStopSet()), settings.getAsBoolean("ignore_case", false));
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new StopFilter(input, stopWords);
        }
    }

    static final class PolishProvider extends AbstractIndexAnalyzerProvider<PolishAnalyzer> {
        private final PolishAnalyzer analyzer;

        PolishProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, name, settings);
            analyzer = new PolishAnalyzer(
                Analysis.parseStopWords(env, settings, PolishAnalyzer.getDefaultStopSet()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
        }

        @Override
        public PolishAnalyzer get() {
            return analyzer;
        }
    }
}
