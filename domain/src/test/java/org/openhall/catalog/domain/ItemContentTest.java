package org.openhall.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.time.TimeLimit;

class ItemContentTest {

    private final ItemContent food = ApprovalItems.foodBusinessLicenceContent();

    @Test
    void anItemWithoutALegalBasisIsRefused() {
        assertThatThrownBy(() -> with(b -> b.legalBases = List.of()))
                .satisfies(refusedField("item.legalBases"));
    }

    @Test
    void theOrdinaryStepsMustFitTheStatutoryLimitButSpecialStepsAreNotCounted() {
        // 受理 1 + 审查 7 + 决定 2 = 10 counted; 现场核查 (10 days, special) is not.
        assertThat(with(b -> b.promised = TimeLimit.workingDays(10)).statutoryLimitWorkingDays()).isEqualTo(20);
        assertThatThrownBy(() -> with(b -> {
            b.statutory = TimeLimit.workingDays(9);
            b.promised = TimeLimit.workingDays(9);
        })).satisfies(refusedField("item.procedure"));
    }

    @Test
    void anItemThatNeedsNoVisitMustBeAvailableOnline() {
        assertThat(with(b -> b.maxVisits = 0).maxVisits()).isZero();
        assertThatThrownBy(() -> with(b -> {
            b.maxVisits = 0;
            b.online = false;
        })).satisfies(refusedField("item.maxVisits"));
    }

    @Test
    void stepsReturnedToTheDepartmentMustBeStepsOfTheProcedure() {
        assertThatThrownBy(() -> with(b -> b.authority = WindowAuthority.returning(List.of("专家评审"))))
                .satisfies(refusedField("item.windowAuthority"));
    }

    @Test
    void aWindowThatDecidesReturnsNoStepsAndOneThatDoesNotNamesThem() {
        assertThatThrownBy(() -> new WindowAuthority(true, List.of("审查"))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new WindowAuthority(false, List.of())).isInstanceOf(InvalidValue.class);
    }

    @Test
    void keywordsAreStrippedAndDuplicatesDropped() {
        assertThat(with(b -> b.keywords = List.of(" 餐饮 ", "食品", "餐饮")).keywords()).containsExactly("餐饮", "食品");
        assertThatThrownBy(() -> with(b -> b.keywords = List.of("餐饮", " "))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void anItemWithoutFeesIsFree() {
        assertThat(food.free()).isTrue();
        assertThat(with(b -> b.fees = List.of(ApprovalItems.certificateFee())).free()).isFalse();
    }

    @Test
    void equalContentIsEqualAndChangedElementsAreNamedInGuideOrder() {
        ItemContent same = with(b -> { });
        ItemContent revised = with(b -> {
            b.promised = TimeLimit.workingDays(5);
            b.materials = ApprovalItems.materials().subList(0, 2);
        });

        assertThat(same).isEqualTo(food);
        assertThat(food.changedElements(same)).isEmpty();
        assertThat(food.changedElements(revised)).containsExactly("materials", "promisedLimit");
    }

    @Test
    void aConditionalMaterialNamesItsSituationAndOnlyItDoes() {
        assertThatThrownBy(() -> new RequiredMaterial("PROXY", "委托书", true, 1, MaterialRequirement.CONDITIONAL, " ",
                MaterialForm.PAPER, false, null))
                .satisfies(refusedField("material.condition"));
        assertThatThrownBy(() -> new RequiredMaterial("APP", "申请书", true, 1, MaterialRequirement.REQUIRED, "委托时",
                MaterialForm.PAPER, false, null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void anOptionalMaterialCannotBeSuppliedLater() {
        assertThatThrownBy(() -> new RequiredMaterial("X", "照片", false, 1, MaterialRequirement.OPTIONAL, null,
                MaterialForm.PAPER, true, null))
                .satisfies(refusedField("material.supplyLaterAllowed"));
    }

    @Test
    void theShortMaterialConstructorMakesARequiredOrOptionalPaperMaterial() {
        RequiredMaterial required = new RequiredMaterial("APP", "申请书", true, 1, true);
        RequiredMaterial optional = new RequiredMaterial("PROXY", "委托书", true, 1, false);

        assertThat(required.requirement()).isEqualTo(MaterialRequirement.REQUIRED);
        assertThat(required.mandatory()).isTrue();
        assertThat(required.form()).isEqualTo(MaterialForm.PAPER);
        assertThat(required.supplyLaterAllowed()).isFalse();
        assertThat(optional.mandatory()).isFalse();
    }

    @Test
    void aFeeNamesItsLegalBasis() {
        assertThatThrownBy(() -> new FeeItem("工本费", ApprovalItems.certificateFee().amount(), " "))
                .satisfies(refusedField("fee.basis"));
    }

    private static ThrowingConsumer<Throwable> refusedField(String field) {
        return refused -> assertThat(refused).isInstanceOfSatisfying(InvalidValue.class,
                invalid -> assertThat(invalid.field()).isEqualTo(field));
    }

    /** The food licence's content with some elements changed by {@code change}. */
    private ItemContent with(Consumer<ItemContentBuilder> change) {
        ItemContentBuilder b = ItemContentBuilder.from(food);
        change.accept(b);
        return b.build();
    }
}
