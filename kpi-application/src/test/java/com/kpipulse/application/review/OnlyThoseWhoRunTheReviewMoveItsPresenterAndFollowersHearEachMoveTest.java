package com.kpipulse.application.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.testing.InMemoryReviewMoves;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OnlyThoseWhoRunTheReviewMoveItsPresenterAndFollowersHearEachMoveTest {

    private final Meeting meeting = new Meeting();
    private final InMemoryReviewMoves moves = new InMemoryReviewMoves(meeting.reviews);
    private final PresentReview present = new PresentReview(meeting.read, moves, meeting.clock);
    private final WeeklyReview review = meeting.started().value();
    private final ReviewId id = review.id();
    private final String second = Integer.toString(review.kept().get(1).number());

    @Test
    void theHeadMovesAndEveryFollowerOfThatReviewHearsIt() {
        List<ReviewMoves.Move> heard = new ArrayList<>();
        try (ReviewMoves.Subscription ignored = present.onMoves(id, heard::add)) {
            assertThat(present.move(Meeting.HANNA, id, second)).isInstanceOf(MoveOutcome.Moved.class);
        }
        present.move(Meeting.ADA, id, Integer.toString(review.kept().getFirst().number()));

        assertThat(heard).containsExactly(new ReviewMoves.Move(id, review.kept().get(1).number()));
        assertThat(((Access.Granted<PresentReview.Presented>) present.follow(Meeting.SOFIA, id)).value().presentation()
                .current()).map(AgendaItem::number).contains(review.kept().getFirst().number());
    }

    @Test
    void aFollowerMovesNothingAndAViewerFollowsNothing() {
        assertThat(present.move(Meeting.MARK, id, second)).isEqualTo(new MoveOutcome.Denied());
        assertThat(present.move(Meeting.SOFIA, id, second)).isEqualTo(new MoveOutcome.Denied());
        assertThat(present.move(Meeting.VIC, id, second)).isEqualTo(new MoveOutcome.NotFound());
        assertThat(present.follow(Meeting.VIC, id)).isEqualTo(Access.denied());
        assertThat(moves.position(id)).isEmpty();
    }

    @Test
    void aDroppedItemOrNoItemIsRefusedWithItsReasonAndAClosedReviewIsPresentedNoMore() {
        int dropped = review.kept().get(2).number();
        Meeting.saved(meeting.agenda.drop(Meeting.HANNA, id, com.kpipulse.application.version.ExpectedVersion.any(),
                dropped, true));

        assertThat(present.move(Meeting.HANNA, id, Integer.toString(dropped))).isInstanceOf(MoveOutcome.Rejected.class);
        assertThat(present.move(Meeting.HANNA, id, "второй")).isInstanceOf(MoveOutcome.Rejected.class);
        Meeting.saved(meeting.close.close(Meeting.HANNA, id, com.kpipulse.application.version.ExpectedVersion.any(),
                Map.of(), Meeting.MINUTES));
        assertThat(present.move(Meeting.HANNA, id, second)).isEqualTo(new MoveOutcome.Frozen());
        assertThat(present.follow(Meeting.SOFIA, id)).as("nothing to follow").isEqualTo(Access.unknown());
    }
}
